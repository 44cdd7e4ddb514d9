package io.myapi.infrastructure.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;

/**
 * The shape of every in-process cache here: bounded in size, entries expiring a fixed time after
 * they were written, on the application's clock (so tests can move time, R11.1), maintenance on
 * the calling thread.
 */
public final class BoundedCaches {

    private BoundedCaches() {
    }

    /**
     * Builds a cache.
     *
     * @param maximumSize most entries
     * @param lifetime how long an entry lives after it was written
     * @param clock time source of the expiry
     * @param <K> key type
     * @param <V> value type
     * @return the cache
     */
    public static <K, V> Cache<K, V> expiringAfterWrite(long maximumSize, Duration lifetime, InstantSource clock) {
        return Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(lifetime)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }
}
