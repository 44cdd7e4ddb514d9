package io.myapi.application.ratelimit.port.out;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of taking one token from a bucket.
 *
 * @param allowed whether a token was taken
 * @param remaining tokens left after this request
 * @param retryAfter when refused, how long until a token is back; zero when allowed
 * @param reset how long until the bucket is full again
 */
public record Consumption(boolean allowed, long remaining, Duration retryAfter, Duration reset) {

    /**
     * Validates the parts.
     *
     * @param allowed whether a token was taken
     * @param remaining tokens left, not negative
     * @param retryAfter wait before a retry can succeed
     * @param reset wait until the bucket is full
     */
    public Consumption {
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(reset, "reset");
        if (remaining < 0) {
            throw new IllegalArgumentException("remaining must not be negative");
        }
    }
}
