package io.myapi.application.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * Lifetimes and policies of the identity use cases.
 *
 * @param accessTokenLifetime how long an access token lives
 * @param sessionIdleTimeout a session unused this long ends (R28.4, default 30 minutes)
 * @param sessionAbsoluteTimeout a session ends this long after login whatever the activity (R28.4, default 24 hours)
 * @param concurrentSessions what a login does when the user has other active sessions (R28.6)
 * @param apiKeyMaxIdle an API key unused this long stops working (R37.6)
 */
public record IdentitySettings(
        Duration accessTokenLifetime,
        Duration sessionIdleTimeout,
        Duration sessionAbsoluteTimeout,
        ConcurrentSessionPolicy concurrentSessions,
        Duration apiKeyMaxIdle) {

    /** What a login does when the user already has active sessions. */
    public enum ConcurrentSessionPolicy {
        /** Open another session. */
        ALLOW,
        /** Refuse the login with 409 until the other sessions end. */
        DENY,
        /** Open another session and record a security event. */
        NOTIFY
    }

    /**
     * Validates presence.
     *
     * @param accessTokenLifetime access token lifetime
     * @param sessionIdleTimeout idle timeout
     * @param sessionAbsoluteTimeout absolute timeout
     * @param concurrentSessions concurrent-session policy
     * @param apiKeyMaxIdle API key idle expiry
     */
    public IdentitySettings {
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(sessionAbsoluteTimeout, "sessionAbsoluteTimeout");
        Objects.requireNonNull(concurrentSessions, "concurrentSessions");
        Objects.requireNonNull(apiKeyMaxIdle, "apiKeyMaxIdle");
    }
}
