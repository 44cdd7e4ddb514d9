package io.myapi.application.shared;

import java.time.Duration;
import java.util.Optional;

/**
 * The time by which the current request must be done (R26.2), held per thread. The web adapter
 * opens it; long work checks it cooperatively and gives up once it has passed: database
 * transactions get the remaining time as their timeout (the database cancels the statement),
 * retries stop, waits end. Measured on the monotonic clock, not the application's clock.
 */
public final class RequestDeadline {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private RequestDeadline() {
    }

    /** Ends the deadline it was opened with. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Opens a deadline for the current thread.
     *
     * @param timeout how long the request may take from now
     * @return the scope to close when the request is done
     */
    public static Scope start(Duration timeout) {
        Long previous = DEADLINE.get();
        DEADLINE.set(System.nanoTime() + timeout.toNanos());
        return () -> {
            if (previous == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(previous);
            }
        };
    }

    /**
     * The time left.
     *
     * @return the time left (zero or negative once passed), or empty outside a request
     */
    public static Optional<Duration> remaining() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Optional.empty() : Optional.of(Duration.ofNanos(deadline - System.nanoTime()));
    }

    /**
     * Whether the current request's deadline has passed.
     *
     * @return {@code true} once the time is up
     */
    public static boolean passed() {
        return remaining().map(left -> left.isNegative() || left.isZero()).orElse(false);
    }

    /**
     * Gives up if the deadline has passed.
     *
     * @throws RequestDeadlineExceededException once the time is up
     */
    public static void check() {
        if (passed()) {
            throw new RequestDeadlineExceededException();
        }
    }
}
