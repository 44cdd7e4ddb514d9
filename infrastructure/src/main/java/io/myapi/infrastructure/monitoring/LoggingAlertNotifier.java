package io.myapi.infrastructure.monitoring;

import io.myapi.application.monitoring.SecurityAlert;
import io.myapi.application.monitoring.port.out.AlertNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Alerts as {@code SECURITY_ALERT} lines (severity {@code CRITICAL}) on the {@code security} logger. */
public final class LoggingAlertNotifier implements AlertNotifier {

    private static final Logger LOG = LoggerFactory.getLogger("security");

    @Override
    public void notify(SecurityAlert alert) {
        LOG.atError()
                .addKeyValue("event_type", "SECURITY_ALERT")
                .addKeyValue("severity", "CRITICAL")
                .addKeyValue("alert", alert.kind().name())
                .addKeyValue("subject", alert.subject())
                .log("security alert {}: {}", alert.kind(), alert.detail());
    }
}
