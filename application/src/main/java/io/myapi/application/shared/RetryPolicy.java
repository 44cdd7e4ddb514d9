package io.myapi.application.shared;

import io.myapi.domain.shared.ConcurrentUpdateException;
import java.time.Duration;
import java.util.function.IntConsumer;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * Retries work that lost an optimistic-lock race, with exponential backoff and full jitter
 * (R22.6). Each retry is reported to {@code onRetry} (the caller logs a warning).
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final LongUnaryOperator jitter;
    private final Sleeper sleeper;

    /** Waits; a port so tests do not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * Waits.
         *
         * @param millis how long
         */
        void sleep(long millis);
    }

    /**
     * Creates the policy.
     *
     * @param maxAttempts attempts in all, at least 1
     * @param baseDelay delay bound before the second attempt; doubles each time
     * @param maxDelay largest delay bound
     * @param jitter picks a delay from 0 to its argument (a secure or seeded random in tests)
     * @param sleeper waits
     */
    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, LongUnaryOperator jitter, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.jitter = jitter;
        this.sleeper = sleeper;
    }

    /**
     * Runs work, again after a {@link ConcurrentUpdateException}, up to the attempt limit.
     *
     * @param work the work; each attempt must be a whole transaction
     * @param onRetry told the attempt number before each retry
     * @param <T> the result type
     * @return the result of the first attempt that does not conflict
     * @throws ConcurrentUpdateException if every attempt conflicted
     * @throws RequestDeadlineExceededException if the request's deadline passes between attempts
     */
    public <T> T run(Supplier<T> work, IntConsumer onRetry) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrentUpdateException conflict) {
                if (attempt >= maxAttempts) {
                    throw conflict;
                }
                RequestDeadline.check();
                onRetry.accept(attempt);
                long bound = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
                long delay = jitter.applyAsLong(bound);
                long left = RequestDeadline.remaining().map(Duration::toMillis).orElse(Long.MAX_VALUE);
                if (delay >= left) {
                    // The retry would start after the request's deadline: abandon now instead of sleeping.
                    throw new RequestDeadlineExceededException();
                }
                sleeper.sleep(delay);
            }
        }
    }
}
