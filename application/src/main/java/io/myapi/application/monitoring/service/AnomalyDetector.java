package io.myapi.application.monitoring.service;

import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.monitoring.MonitoringSettings;
import io.myapi.application.monitoring.SecurityAlert;
import io.myapi.application.monitoring.port.out.AlertNotifier;
import io.myapi.application.ratelimit.IpAddresses;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.application.shared.RequestOrigin;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the security events on their way to the log and the audit trail (R36.2, R36.6):
 * authentication failures are counted per account and per address in token buckets (shared by
 * every instance in production), and passing a threshold raises an alert, at most once per
 * subject and period; a refresh-token reuse and a ban raise one at once. Alerts go to every
 * notifier; a failing notifier never fails the event.
 */
public final class AnomalyDetector implements SecurityEvents {

    private static final Set<SecurityEventType> AUTH_FAILURES = EnumSet.of(SecurityEventType.LOGIN_FAILED, SecurityEventType.TOKEN_REJECTED);

    private final SecurityEvents delegate;
    private final RateLimitBuckets counters;
    private final MonitoringSettings settings;
    private final List<AlertNotifier> notifiers;
    private final Clock clock;

    /**
     * Creates the detector.
     *
     * @param delegate where every event still goes (the audit trail and the log)
     * @param counters failure counters (token buckets)
     * @param settings the thresholds
     * @param notifiers where alerts go
     * @param clock the time source
     */
    public AnomalyDetector(SecurityEvents delegate, RateLimitBuckets counters, MonitoringSettings settings, List<AlertNotifier> notifiers,
            Clock clock) {
        this.delegate = delegate;
        this.counters = counters;
        this.settings = settings;
        this.notifiers = List.copyOf(notifiers);
        this.clock = clock;
    }

    @Override
    public void record(SecurityEventType type, String subject, String detail) {
        try {
            delegate.record(type, subject, detail);
        } finally {
            // Even when the audit append fails, the event is counted and its alert raised.
            observe(type, subject, detail);
        }
    }

    private void observe(SecurityEventType type, String subject, String detail) {
        if (AUTH_FAILURES.contains(type)) {
            String ip = RequestOrigin.current().map(RequestOrigin::ip).map(IpAddresses::network).orElse("unknown");
            if (!"unknown".equals(subject)) {
                countFailure("account", subject, settings.failuresPerAccount(), SecurityAlert.Kind.ACCOUNT_FAILURE_BURST);
            }
            if (!"unknown".equals(ip)) {
                countFailure("address", ip, settings.failuresPerAddress(), SecurityAlert.Kind.ADDRESS_FAILURE_BURST);
            }
        } else if (type == SecurityEventType.REFRESH_TOKEN_REUSED) {
            raise(new SecurityAlert(SecurityAlert.Kind.REFRESH_TOKEN_REUSE, subject, "a spent refresh token was presented again",
                    clock.instant()));
        } else if (type == SecurityEventType.IP_BANNED) {
            raise(new SecurityAlert(SecurityAlert.Kind.ADDRESS_BANNED, subject, detail, clock.instant()));
        }
    }

    private void countFailure(String scope, String subject, RateLimit threshold, SecurityAlert.Kind kind) {
        String key = "monitor:" + scope + ":" + threshold + ":" + subject;
        try {
            if (counters.tryConsume(key, threshold).allowed()) {
                return;
            }
            // Over the threshold: one alert per subject and period, however long the burst lasts.
            if (counters.tryConsume(key + ":alerted", new RateLimit(1, threshold.unit())).allowed()) {
                raise(new SecurityAlert(kind, subject, "more than " + threshold + " authentication failures", clock.instant()));
            }
        } catch (RuntimeException e) {
            // Counting must never fail the request: the event itself is already logged and audited,
            // and an unreachable counter store shows in readiness.
            return;
        }
    }

    private void raise(SecurityAlert alert) {
        for (AlertNotifier notifier : notifiers) {
            try {
                notifier.notify(alert);
            } catch (RuntimeException e) {
                // A broken notifier must not hide the alert from the others.
            }
        }
    }
}
