package io.myapi.application.ratelimit.support;

import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.Consumption;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Buckets that refill completely one period after their first token was taken: enough for use-case tests. */
public final class FakeRateLimitBuckets implements RateLimitBuckets {

    private record Window(Instant start, long used) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * Creates the buckets.
     *
     * @param clock the time source
     */
    public FakeRateLimitBuckets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Consumption peek(String key, RateLimit limit) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || !now.isBefore(window.start().plus(limit.period())) || window.used() < limit.requests()) {
            return new Consumption(true, window == null ? limit.requests() : limit.requests() - window.used(), Duration.ZERO, Duration.ZERO);
        }
        Duration wait = Duration.between(now, window.start().plus(limit.period()));
        return new Consumption(false, 0, wait, wait);
    }

    @Override
    public synchronized Consumption tryConsume(String key, RateLimit limit) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        if (window == null || !now.isBefore(window.start().plus(limit.period()))) {
            window = new Window(now, 0);
        }
        Duration untilRefill = Duration.between(now, window.start().plus(limit.period()));
        if (window.used() >= limit.requests()) {
            windows.put(key, window);
            return new Consumption(false, 0, untilRefill, untilRefill);
        }
        Window used = new Window(window.start(), window.used() + 1);
        windows.put(key, used);
        return new Consumption(true, limit.requests() - used.used(), Duration.ZERO, untilRefill);
    }
}
