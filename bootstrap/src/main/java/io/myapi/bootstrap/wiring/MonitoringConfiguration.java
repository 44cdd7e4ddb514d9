package io.myapi.bootstrap.wiring;

import io.micrometer.core.instrument.MeterRegistry;
import io.myapi.application.audit.service.AuditService;
import io.myapi.application.monitoring.MonitoringSettings;
import io.myapi.application.monitoring.port.out.AlertNotifier;
import io.myapi.application.monitoring.service.AnomalyDetector;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.bootstrap.config.InsecureConfigurationException;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.monitoring.LoggingAlertNotifier;
import io.myapi.infrastructure.monitoring.MetricAlertNotifier;
import io.myapi.infrastructure.monitoring.WebhookAlertNotifier;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Security monitoring: the anomaly detector sits in front of the audit trail as the
 * application's {@code SecurityEvents}, and its alerts go to the security log, a Micrometer
 * counter and, when configured, a webhook.
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringConfiguration {

    @Bean
    LoggingAlertNotifier loggingAlertNotifier() {
        return new LoggingAlertNotifier();
    }

    @Bean
    MetricAlertNotifier metricAlertNotifier(MeterRegistry registry) {
        return new MetricAlertNotifier(registry);
    }

    /** Present only when {@code myapi.monitoring.webhook-url} is set; plain HTTP only in development. */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty("myapi.monitoring.webhook-url")
    WebhookAlertNotifier webhookAlertNotifier(MyApiProperties settings, java.util.function.Supplier<java.util.Map<String, String>> traceHeaders) {
        Secret url = java.util.Objects.requireNonNull(settings.monitoring().webhookUrl());
        if (settings.environment().isStrict() && !url.reveal().startsWith("https://")) {
            throw new InsecureConfigurationException("myapi.monitoring.webhook-url", "must be an https:// URL outside development");
        }
        return new WebhookAlertNotifier(url, traceHeaders);
    }

    @Bean
    @Primary
    AnomalyDetector anomalyDetector(AuditService audit, RateLimitBuckets counters, MyApiProperties settings,
            ObjectProvider<AlertNotifier> notifiers, Clock clock) {
        MyApiProperties.Monitoring monitoring = settings.monitoring();
        List<AlertNotifier> all = notifiers.orderedStream().toList();
        return new AnomalyDetector(audit, counters, new MonitoringSettings(monitoring.failuresPerAccount(), monitoring.failuresPerAddress()),
                all, clock);
    }
}
