package io.myapi.application.ratelimit.support;

import io.myapi.application.ratelimit.port.out.ViolationRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Violation counts and penalties in maps, forgotten after their window on the test clock (use-case tests). */
public final class MapViolationRecords implements ViolationRecords {

    private record Count(long violations, Instant forgetAt) {
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Map<String, Instant> penalties = new ConcurrentHashMap<>();
    private final java.time.Clock clock;

    /**
     * Creates the records.
     *
     * @param clock the test clock
     */
    public MapViolationRecords(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public long recordViolation(String client, Duration window) {
        Instant now = clock.instant();
        return counts.compute(client, (key, previous) -> previous == null || !now.isBefore(previous.forgetAt())
                ? new Count(1, now.plus(window)) : new Count(previous.violations() + 1, now.plus(window))).violations();
    }

    @Override
    public void forget(String client) {
        counts.remove(client);
        penalties.remove(client);
    }

    @Override
    public Optional<Instant> penaltyUntil(String client, Instant now) {
        return Optional.ofNullable(penalties.get(client)).filter(now::isBefore);
    }

    @Override
    public void penalize(String client, Instant until, Instant now) {
        penalties.put(client, until);
    }
}
