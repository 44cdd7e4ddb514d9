package io.myapi.application.monitoring.port.out;

import io.myapi.application.monitoring.SecurityAlert;

/** Delivers a security alert: the log, a metric, a webhook; several notifiers may be combined. */
public interface AlertNotifier {

    /**
     * Delivers an alert; must not throw or block for long (a webhook delivers in the background).
     *
     * @param alert the alert
     */
    void notify(SecurityAlert alert);
}
