package io.myapi.application.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.support.MutableClock;
import io.myapi.application.identity.support.RecordingSecurityEvents;
import io.myapi.application.monitoring.service.AnomalyDetector;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.support.FakeRateLimitBuckets;
import io.myapi.application.shared.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Thresholds per account and per address, one alert per burst, immediate alerts for reuse and bans. */
class AnomalyDetectorTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final RecordingSecurityEvents log = new RecordingSecurityEvents();
    private final List<SecurityAlert> alerts = new ArrayList<>();
    private final AnomalyDetector detector = new AnomalyDetector(log, new FakeRateLimitBuckets(clock),
            new MonitoringSettings(RateLimit.of("3/minute"), RateLimit.of("5/minute")), List.of(alerts::add), clock);

    @Test
    @Tag("R36.2")
    @Tag("R36.6")
    void failuresPastTheThresholdRaiseOneAlertPerSubjectAndPeriod() {
        try (RequestOrigin.Scope ignored = RequestOrigin.open(new RequestOrigin("198.51.100.7", "junit", "POST /api/v1/auth/login",
                Optional.empty()))) {
            for (int i = 0; i < 8; i++) {
                detector.record(SecurityEventType.LOGIN_FAILED, "user-1", "wrong password");
            }
        }

        assertThat(log.of(SecurityEventType.LOGIN_FAILED)).hasSize(8);
        assertThat(alerts).extracting(SecurityAlert::kind)
                .containsExactly(SecurityAlert.Kind.ACCOUNT_FAILURE_BURST, SecurityAlert.Kind.ADDRESS_FAILURE_BURST);
        assertThat(alerts.get(0).subject()).isEqualTo("user-1");
        assertThat(alerts.get(1).subject()).isEqualTo("198.51.100.7");

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 4; i++) {
            detector.record(SecurityEventType.LOGIN_FAILED, "user-1", "wrong password");
        }
        assertThat(alerts).hasSize(3);
    }

    @Test
    @Tag("R36.6")
    void reuseAndBansAlertAtOnceAndABrokenNotifierHidesNothing() {
        List<SecurityAlert> second = new ArrayList<>();
        AnomalyDetector withBrokenFirst = new AnomalyDetector(log, new FakeRateLimitBuckets(clock),
                new MonitoringSettings(RateLimit.of("3/minute"), RateLimit.of("5/minute")), List.of(alert -> {
                    throw new IllegalStateException("receiver down");
                }, second::add), clock);

        withBrokenFirst.record(SecurityEventType.REFRESH_TOKEN_REUSED, "user-2", "reuse");
        withBrokenFirst.record(SecurityEventType.IP_BANNED, "ip:203.0.113.9", "automatic ban");
        withBrokenFirst.record(SecurityEventType.LOGIN_SUCCEEDED, "user-2", "ok");

        assertThat(second).extracting(SecurityAlert::kind)
                .containsExactly(SecurityAlert.Kind.REFRESH_TOKEN_REUSE, SecurityAlert.Kind.ADDRESS_BANNED);
        assertThat(log.events).hasSize(3);
    }
}
