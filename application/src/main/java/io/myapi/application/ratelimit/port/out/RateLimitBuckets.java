package io.myapi.application.ratelimit.port.out;

import io.myapi.application.ratelimit.RateLimit;

/**
 * Token buckets, one per key: in process on the embedded defaults, in Redis in production, so
 * that every instance draws from the same budget.
 */
public interface RateLimitBuckets {

    /**
     * Takes one token from the bucket of {@code key}, creating the bucket full on first use.
     *
     * @param key the bucket, such as {@code authenticated:user:01H...}; never personal data
     * @param limit the bucket's capacity and refill (the same for every use of one key)
     * @return whether the token was taken, and the bucket's state after
     */
    Consumption tryConsume(String key, RateLimit limit);

    /**
     * Whether a token could be taken now, without taking it.
     *
     * @param key the bucket
     * @param limit the bucket's shape
     * @return {@code allowed} when a token is there; {@code retryAfter} the wait otherwise
     */
    Consumption peek(String key, RateLimit limit);
}
