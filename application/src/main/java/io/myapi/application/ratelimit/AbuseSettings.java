package io.myapi.application.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * How repeat violators are treated (R16.5, R16.6). The first violation of a window costs only
 * the wait for the bucket to refill; the n-th ({@code n >= 2}) adds a penalty of
 * {@code penaltyBase * 2^(n-2)}, capped at {@code penaltyMax}, during which every request of the
 * client is refused; at {@code banAfterViolations} the client's IP is banned for
 * {@code banDuration} (anonymous clients only: an authenticated one keeps doubling its penalties).
 *
 * @param penaltyBase the second violation's penalty
 * @param penaltyMax the longest penalty
 * @param violationWindow how long a violation is remembered after the last one, on top of the
 *     longest penalty (so that a client coming back after a penalty still has its count)
 * @param banAfterViolations violations in one window that ban the IP
 * @param banDuration how long an automatic ban lasts, and an administrator's when none is given
 */
public record AbuseSettings(Duration penaltyBase, Duration penaltyMax, Duration violationWindow, int banAfterViolations,
        Duration banDuration) {

    /**
     * Validates the settings.
     *
     * @param penaltyBase positive
     * @param penaltyMax at least {@code penaltyBase}
     * @param violationWindow positive
     * @param banAfterViolations at least 2
     * @param banDuration positive
     */
    public AbuseSettings {
        Objects.requireNonNull(penaltyBase, "penaltyBase");
        Objects.requireNonNull(penaltyMax, "penaltyMax");
        Objects.requireNonNull(violationWindow, "violationWindow");
        Objects.requireNonNull(banDuration, "banDuration");
        if (penaltyBase.isNegative() || penaltyBase.isZero() || penaltyMax.compareTo(penaltyBase) < 0) {
            throw new IllegalArgumentException("penalties must be positive and the maximum at least the base");
        }
        if (violationWindow.isNegative() || violationWindow.isZero() || banDuration.isNegative() || banDuration.isZero()) {
            throw new IllegalArgumentException("the violation window and the ban duration must be positive");
        }
        if (banAfterViolations < 2) {
            throw new IllegalArgumentException("a ban needs at least two violations");
        }
    }

    /**
     * The penalty earned by the {@code violations}-th violation of a window.
     *
     * @param violations violations in the window, this one included
     * @return zero for the first, then doubling from {@link #penaltyBase()} up to {@link #penaltyMax()}
     */
    public Duration penaltyFor(long violations) {
        if (violations < 2) {
            return Duration.ZERO;
        }
        long doublings = Math.min(violations - 2, 40);
        long millis = penaltyBase.toMillis();
        long capped = penaltyMax.toMillis();
        for (long i = 0; i < doublings && millis < capped; i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, capped));
    }
}
