package io.myapi.infrastructure.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.myapi.application.monitoring.SecurityAlert;
import io.myapi.application.monitoring.port.out.AlertNotifier;

/** Counts alerts as {@code myapi.security.alerts{kind=...}}, for dashboards and alert rules. */
public final class MetricAlertNotifier implements AlertNotifier {

    private final MeterRegistry registry;

    /**
     * Creates the notifier.
     *
     * @param registry the metrics registry
     */
    public MetricAlertNotifier(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void notify(SecurityAlert alert) {
        registry.counter("myapi.security.alerts", "kind", alert.kind().name()).increment();
    }
}
