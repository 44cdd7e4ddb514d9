package io.myapi.infrastructure.security;

import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events as structured lines on the {@code security} logger, with the event type and
 * subject as key-value pairs. Callers pass identifiers and fixed text only, never secrets or
 * emails.
 */
public final class LoggingSecurityEvents implements SecurityEvents {

    /** Name of the logger operators route to their SIEM. */
    public static final String LOGGER_NAME = "security";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    public void record(SecurityEventType type, String subject, String detail) {
        LOG.atInfo()
                .addKeyValue("event_type", type.name())
                .addKeyValue("subject", subject)
                .log("security event {}: {}", type, detail);
    }
}
