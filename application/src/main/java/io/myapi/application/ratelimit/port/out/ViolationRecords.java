package io.myapi.application.ratelimit.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Counts each client's rate-limit violations and holds the penalties they earned. */
public interface ViolationRecords {

    /**
     * Counts one more violation; the count is forgotten {@code window} after the last one.
     *
     * @param client the client's key
     * @param window how long a violation is remembered
     * @return the number of violations in the window, this one included
     */
    long recordViolation(String client, Duration window);

    /**
     * The end of the client's current penalty.
     *
     * @param client the client's key
     * @param now the current time
     * @return the end of a penalty still running at {@code now}, if any
     */
    Optional<Instant> penaltyUntil(String client, Instant now);

    /**
     * Starts a penalty during which every request of the client is refused.
     *
     * @param client the client's key
     * @param until the end of the penalty
     * @param now the current time
     */
    void penalize(String client, Instant until, Instant now);

    /**
     * Forgets a client's violations and penalty (its ban was lifted).
     *
     * @param client the client's key
     */
    void forget(String client);
}
