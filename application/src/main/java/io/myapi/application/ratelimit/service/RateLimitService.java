package io.myapi.application.ratelimit.service;

import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.ratelimit.AbuseSettings;
import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.in.Admission;
import io.myapi.application.ratelimit.port.in.AdmitRequestUseCase;
import io.myapi.application.ratelimit.port.in.CheckIpBanUseCase;
import io.myapi.application.ratelimit.port.out.Consumption;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Admits requests (banned addresses were refused before, by {@link CheckIpBanUseCase}): a
 * client serving a penalty is refused, otherwise the budget's token bucket decides. A refusal by the bucket is a violation; repeated violations
 * earn exponentially longer penalties and finally an IP ban (R16.5, R16.6).
 */
public final class RateLimitService implements AdmitRequestUseCase {

    private final RateLimitBuckets buckets;
    private final ViolationRecords violations;
    private final IpBanStore bans;
    private final AbuseSettings settings;
    private final SecurityEvents events;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param buckets the token buckets
     * @param violations violation counts and penalties
     * @param bans the ban list
     * @param settings penalties and bans
     * @param events where bans and violations are reported
     * @param clock the time source
     */
    public RateLimitService(RateLimitBuckets buckets, ViolationRecords violations, IpBanStore bans, AbuseSettings settings,
            SecurityEvents events, Clock clock) {
        this.buckets = buckets;
        this.violations = violations;
        this.bans = bans;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Admission admit(String client, String clientIp, Budget budget) {
        Instant now = clock.instant();
        Optional<Admission> penalised = penalised(client, budget, now);
        if (penalised.isPresent()) {
            return penalised.get();
        }
        Consumption consumption = buckets.tryConsume(keyOf(client, budget), budget.limit());
        if (consumption.allowed()) {
            return new Admission(Admission.Outcome.ALLOWED, budget, consumption.remaining(), Duration.ZERO, consumption.reset());
        }
        return refuse(client, clientIp, budget, consumption, now);
    }

    @Override
    public Admission peek(String client, Budget budget) {
        Optional<Admission> penalised = penalised(client, budget, clock.instant());
        if (penalised.isPresent()) {
            return penalised.get();
        }
        Consumption estimate = buckets.peek(keyOf(client, budget), budget.limit());
        return estimate.allowed()
                ? new Admission(Admission.Outcome.ALLOWED, budget, estimate.remaining(), Duration.ZERO, Duration.ZERO)
                : new Admission(Admission.Outcome.LIMITED, budget, 0, estimate.retryAfter(), estimate.reset());
    }

    /** A client serving a penalty is refused until it ends, whatever its bucket holds. */
    private Optional<Admission> penalised(String client, Budget budget, Instant now) {
        return violations.penaltyUntil(client, now).map(until -> {
            Duration wait = Duration.between(now, until);
            return new Admission(Admission.Outcome.LIMITED, budget, 0, wait, wait);
        });
    }

    /** The limit is part of the key: a changed limit starts a fresh bucket instead of inheriting the old shape. */
    private static String keyOf(String client, Budget budget) {
        return budget.name() + ":" + budget.limit() + ":" + client;
    }

    private Admission refuse(String client, String clientIp, Budget budget, Consumption consumption, Instant now) {
        // Remembered past the longest penalty: a client coming back after one still has its count.
        long count = violations.recordViolation(client, settings.violationWindow().plus(settings.penaltyMax()));
        Duration penalty = settings.penaltyFor(count);
        Duration wait = consumption.retryAfter().compareTo(penalty) >= 0 ? consumption.retryAfter() : penalty;
        if (!penalty.isZero()) {
            violations.penalize(client, now.plus(wait), now);
        }
        events.record(SecurityEventType.RATE_LIMITED, client,
                "budget " + budget.name() + " spent; violation " + count + "; retry after " + wait.toSeconds() + "s; ip=" + clientIp);
        if (count >= settings.banAfterViolations() && client.equals("ip:" + clientIp)) {
            IpBan ban = new IpBan(clientIp, now, now.plus(settings.banDuration()), IpBan.Source.AUTOMATIC,
                    count + " rate-limit violations");
            bans.save(ban);
            events.record(SecurityEventType.IP_BANNED, client, "automatic ban of ip=" + clientIp + " until " + ban.until());
            return new Admission(Admission.Outcome.BANNED, budget, 0, settings.banDuration(), settings.banDuration());
        }
        Duration reset = consumption.reset().compareTo(wait) >= 0 ? consumption.reset() : wait;
        return new Admission(Admission.Outcome.LIMITED, budget, 0, wait, reset);
    }
}
