package io.myapi.application.ratelimit.port.in;

import io.myapi.application.ratelimit.Budget;
import java.time.Duration;
import java.util.Objects;

/**
 * The decision on one request.
 *
 * @param outcome allowed, limited or banned
 * @param budget the budget that decided
 * @param remaining requests left in the budget
 * @param retryAfter when refused, the wait before a retry can succeed (never before the refill)
 * @param reset the wait until the budget is full again
 */
public record Admission(Outcome outcome, Budget budget, long remaining, Duration retryAfter, Duration reset) {

    /** What happens to the request. */
    public enum Outcome {
        /** Served. */
        ALLOWED,
        /** Refused with 429: the budget is spent or a penalty runs. */
        LIMITED,
        /** Refused with 403: this request's violation got the client's IP banned. */
        BANNED
    }

    /**
     * Validates the parts.
     *
     * @param outcome the outcome
     * @param budget the budget
     * @param remaining not negative
     * @param retryAfter the wait
     * @param reset the wait until full
     */
    public Admission {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(reset, "reset");
    }

    /**
     * Whether the request may proceed.
     *
     * @return {@code true} when allowed
     */
    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
