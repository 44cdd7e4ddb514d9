package io.myapi.application.ratelimit.support;

import io.myapi.application.ratelimit.port.out.ViolationRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Violation counts and penalties in maps; counts never expire (use-case tests). */
public final class MapViolationRecords implements ViolationRecords {

    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<String, Instant> penalties = new ConcurrentHashMap<>();

    @Override
    public long recordViolation(String client, Duration window) {
        return counts.merge(client, 1L, Long::sum);
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
