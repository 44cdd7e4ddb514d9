package io.myapi.infrastructure.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Violation counts and penalties in this process, bounded in number and forgotten after the window. */
public final class InProcessViolationRecords implements ViolationRecords {

    private record Count(long violations, Instant forgetAt) {
    }

    private final Cache<String, Count> counts;
    private final Cache<String, Instant> penalties;
    private final Clock clock;

    /**
     * Creates the records.
     *
     * @param clock the time source
     * @param maxClients how many clients are tracked at most
     */
    public InProcessViolationRecords(Clock clock, long maxClients) {
        this.clock = clock;
        this.counts = Caffeine.newBuilder().maximumSize(maxClients).build();
        this.penalties = Caffeine.newBuilder().maximumSize(maxClients).build();
    }

    @Override
    public long recordViolation(String client, Duration window) {
        Instant now = clock.instant();
        Count count = counts.asMap().compute(client, (key, previous) -> previous == null || !now.isBefore(previous.forgetAt())
                ? new Count(1, now.plus(window))
                : new Count(previous.violations() + 1, now.plus(window)));
        return count.violations();
    }

    @Override
    public Optional<Instant> penaltyUntil(String client, Instant now) {
        return Optional.ofNullable(penalties.getIfPresent(client)).filter(now::isBefore);
    }

    @Override
    public void forget(String client) {
        counts.invalidate(client);
        penalties.invalidate(client);
    }

    @Override
    public void penalize(String client, Instant until, Instant now) {
        penalties.put(client, until);
    }
}
