package io.myapi.application.ratelimit;

import io.myapi.domain.shared.DomainException;
import java.time.Duration;
import java.util.Objects;

/** A budget checked inside a use case is spent (answered 429 with {@code Retry-After}). */
public final class RateLimitedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "RATE_LIMITED";

    private final transient Budget budget;
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data
     * @param budget the budget that is spent
     * @param retryAfter the wait before a retry can succeed
     */
    public RateLimitedException(String message, Budget budget, Duration retryAfter) {
        super(message);
        this.budget = Objects.requireNonNull(budget, "budget");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * The spent budget.
     *
     * @return the budget
     */
    public Budget budget() {
        return budget;
    }

    /**
     * The wait before a retry can succeed.
     *
     * @return the wait
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String code() {
        return CODE;
    }
}
