package io.myapi.application.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.support.MutableClock;
import io.myapi.application.identity.support.RecordingSecurityEvents;
import io.myapi.application.ratelimit.port.in.Admission;
import io.myapi.application.ratelimit.port.in.Admission.Outcome;
import io.myapi.application.ratelimit.service.RateLimitService;
import io.myapi.application.ratelimit.support.FakeRateLimitBuckets;
import io.myapi.application.ratelimit.support.MapIpBanStore;
import io.myapi.application.ratelimit.support.MapViolationRecords;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Budgets, exponential penalties for repeat violators and automatic bans. */
class RateLimitServiceTest {

    private static final Budget THREE_PER_MINUTE = new Budget("anonymous", RateLimit.of("3/minute"));
    private static final String IP = "198.51.100.7";
    private static final String CLIENT = "ip:" + IP;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final MapIpBanStore bans = new MapIpBanStore();
    private final RecordingSecurityEvents events = new RecordingSecurityEvents();
    private final AbuseSettings settings = new AbuseSettings(Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofHours(1), 5,
            Duration.ofHours(2));
    private final RateLimitService service = new RateLimitService(new FakeRateLimitBuckets(clock), new MapViolationRecords(clock), bans,
            settings, events, clock);

    private Admission spend() {
        Admission last = null;
        for (int i = 0; i < 3; i++) {
            last = service.admit(CLIENT, IP, THREE_PER_MINUTE);
            assertThat(last.outcome()).isEqualTo(Outcome.ALLOWED);
        }
        return last;
    }

    @Test
    @Tag("R16.2")
    void aSpentBudgetIsRefusedUntilItRefillsAndTheWaitIsNeverShorterThanTheRefill() {
        Admission first = service.admit(CLIENT, IP, THREE_PER_MINUTE);
        assertThat(first.remaining()).isEqualTo(2);
        service.admit(CLIENT, IP, THREE_PER_MINUTE);
        assertThat(service.admit(CLIENT, IP, THREE_PER_MINUTE).remaining()).isZero();

        Admission refused = service.admit(CLIENT, IP, THREE_PER_MINUTE);

        assertThat(refused.outcome()).isEqualTo(Outcome.LIMITED);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(events.of(SecurityEventType.RATE_LIMITED)).singleElement()
                .satisfies(event -> assertThat(event.subject()).isEqualTo(CLIENT));
        // Another client has its own budget.
        assertThat(service.admit("ip:198.51.100.8", "198.51.100.8", THREE_PER_MINUTE).allowed()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.admit(CLIENT, IP, THREE_PER_MINUTE).allowed()).isTrue();
    }

    @Test
    @Tag("R16.5")
    void repeatedViolationsEarnDoublingPenaltiesThatOutlastTheRefill() {
        spend();
        assertThat(service.admit(CLIENT, IP, THREE_PER_MINUTE).retryAfter()).isEqualTo(Duration.ofMinutes(1));

        // The second violation: the penalty (10 s) is shorter than the refill, so the refill is the wait.
        assertThat(service.admit(CLIENT, IP, THREE_PER_MINUTE).retryAfter()).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        spend();
        // Fourth violation: 40 s penalty, still within the minute; the fifth would ban, so check the penalty math too.
        assertThat(settings.penaltyFor(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.penaltyFor(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.penaltyFor(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.penaltyFor(60)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.penaltyFor(1)).isZero();
    }

    @Test
    @Tag("R16.5")
    void aClientServingAPenaltyIsRefusedEvenWithTokensLeft() {
        AbuseSettings harsh = new AbuseSettings(Duration.ofMinutes(3), Duration.ofMinutes(30), Duration.ofHours(1), 10, Duration.ofHours(1));
        RateLimitService strict = new RateLimitService(new FakeRateLimitBuckets(clock), new MapViolationRecords(clock), bans, harsh, events, clock);
        for (int i = 0; i < 3; i++) {
            strict.admit(CLIENT, IP, THREE_PER_MINUTE);
        }
        strict.admit(CLIENT, IP, THREE_PER_MINUTE);
        Admission second = strict.admit(CLIENT, IP, THREE_PER_MINUTE);
        assertThat(second.retryAfter()).isEqualTo(Duration.ofMinutes(3));

        // The bucket is full again after a minute, but the penalty runs for three.
        clock.advance(Duration.ofMinutes(1));
        Admission during = strict.admit(CLIENT, IP, THREE_PER_MINUTE);
        assertThat(during.outcome()).isEqualTo(Outcome.LIMITED);
        assertThat(during.retryAfter()).isEqualTo(Duration.ofMinutes(2));
        clock.advance(Duration.ofMinutes(2));
        assertThat(strict.admit(CLIENT, IP, THREE_PER_MINUTE).allowed()).isTrue();
    }

    @Test
    @Tag("R16.6")
    void enoughViolationsBanTheAddressForTheConfiguredDuration() {
        RateLimitService noPenalty = new RateLimitService(new FakeRateLimitBuckets(clock), new MapViolationRecords(clock), bans,
                new AbuseSettings(Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofHours(1), 5, Duration.ofHours(2)), events, clock);
        for (int i = 0; i < 3; i++) {
            noPenalty.admit(CLIENT, IP, THREE_PER_MINUTE);
        }
        // Each violation after the first starts a penalty; a client coming back after it and
        // refused again commits the next violation.
        for (int violation = 1; violation < 5; violation++) {
            Admission refused = noPenalty.admit(CLIENT, IP, THREE_PER_MINUTE);
            assertThat(refused.outcome()).isEqualTo(Outcome.LIMITED);
            clock.advance(refused.retryAfter());
            for (int i = 0; i < 3; i++) {
                assertThat(noPenalty.admit(CLIENT, IP, THREE_PER_MINUTE).allowed()).isTrue();
            }
        }
        Admission banned = noPenalty.admit(CLIENT, IP, THREE_PER_MINUTE);

        assertThat(banned.outcome()).isEqualTo(Outcome.BANNED);
        assertThat(bans.find(IP, clock.instant())).hasValueSatisfying(ban -> {
            assertThat(ban.source()).isEqualTo(IpBan.Source.AUTOMATIC);
            assertThat(ban.until()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        });
        assertThat(events.of(SecurityEventType.IP_BANNED)).hasSize(1);
        clock.advance(Duration.ofHours(2));
        assertThat(bans.find(IP, clock.instant())).isEmpty();
    }

    @Test
    @Tag("R16.5")
    @Tag("R16.6")
    void withTheDefaultSettingsAPersistentAbuserIsBannedAtItsTwentiethViolationButAUserNeverBansItsAddress() {
        AbuseSettings defaults = new AbuseSettings(Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofHours(1), 20, Duration.ofHours(1));
        RateLimitService service = new RateLimitService(new FakeRateLimitBuckets(clock), new MapViolationRecords(clock), bans, defaults,
                events, clock);
        int violations = 0;
        Admission last = null;
        for (int round = 0; round < 25 && (last == null || last.outcome() != Outcome.BANNED); round++) {
            for (int i = 0; i < 3; i++) {
                service.admit(CLIENT, IP, THREE_PER_MINUTE);
                service.admit("user:01HZX", IP, THREE_PER_MINUTE);
            }
            last = service.admit(CLIENT, IP, THREE_PER_MINUTE);
            service.admit("user:01HZX", IP, THREE_PER_MINUTE);
            violations++;
            if (last.outcome() != Outcome.BANNED) {
                // The abuser comes back exactly when told, every time (penalties reach an hour, the window outlasts them).
                clock.advance(last.retryAfter());
            }
        }

        assertThat(last.outcome()).isEqualTo(Outcome.BANNED);
        assertThat(violations).isEqualTo(20);
        assertThat(bans.active(clock.instant())).extracting(IpBan::ip).containsExactly(IP);
        assertThat(events.of(SecurityEventType.IP_BANNED)).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo(CLIENT));
    }
}
