package io.myapi.infrastructure.security;

import io.myapi.application.shared.RequestOrigin;
import java.util.Optional;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events as structured lines on the {@code security} logger (R36.1): event type,
 * severity, subject, the acting user, client IP and the request ({@code action}) as key-value
 * pairs, at WARN for warnings and critical events. Callers pass identifiers and fixed text only, never secrets or
 * emails.
 */
public final class LoggingSecurityEvents implements SecurityEvents {

    /** Name of the logger operators route to their SIEM. */
    public static final String LOGGER_NAME = "security";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    public void record(SecurityEventType type, String subject, String detail) {
        Optional<RequestOrigin> origin = RequestOrigin.current();
        boolean serious = type.severity() == SecurityEventType.Severity.WARNING || type.severity() == SecurityEventType.Severity.CRITICAL;
        (serious ? LOG.atWarn() : LOG.atInfo())
                .addKeyValue("event_type", type.name())
                .addKeyValue("severity", type.severity().name())
                .addKeyValue("subject", subject)
                .addKeyValue("user_id", origin.flatMap(RequestOrigin::actorId).orElse("anonymous"))
                .addKeyValue("ip", origin.map(RequestOrigin::ip).orElse("unknown"))
                .addKeyValue("action", origin.map(RequestOrigin::resource).orElse("-"))
                .log("security event {}: {}", type, detail);
    }
}
