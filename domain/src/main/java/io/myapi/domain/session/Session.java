package io.myapi.domain.session;

import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A server-side login session (R28.2). It carries the one refresh-token identifier that may
 * still be spent; every other refresh token of the family is already spent.
 *
 * @param id opaque identifier of at least 128 random bits (R28.1)
 * @param userId the user
 * @param createdAt login time
 * @param lastSeenAt last use (login, refresh or authenticated request)
 * @param absoluteExpiry the family ends here whatever the activity (R28.4)
 * @param currentRefreshId identifier of the only refresh token still valid
 * @param clientIp client address at login, for the user's session list
 * @param userAgent client software at login, truncated
 */
public record Session(
        String id,
        UserId userId,
        Instant createdAt,
        Instant lastSeenAt,
        Instant absoluteExpiry,
        String currentRefreshId,
        String clientIp,
        String userAgent) {

    /** Longest user agent kept. */
    public static final int MAX_USER_AGENT = 200;

    /**
     * Validates presence and truncates the user agent.
     *
     * @param id opaque identifier
     * @param userId the user
     * @param createdAt login time
     * @param lastSeenAt last use
     * @param absoluteExpiry end of the family
     * @param currentRefreshId identifier of the only valid refresh token
     * @param clientIp client address
     * @param userAgent client software
     */
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(absoluteExpiry, "absoluteExpiry");
        Objects.requireNonNull(currentRefreshId, "currentRefreshId");
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }

    /**
     * Whether the session is still alive at {@code now}: before its absolute expiry and used
     * within the idle timeout (R28.4).
     *
     * @param now the current time
     * @param idleTimeout longest allowed inactivity
     * @return {@code true} if the session may be used
     */
    public boolean isActiveAt(Instant now, Duration idleTimeout) {
        return now.isBefore(absoluteExpiry) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /**
     * This session, seen again at {@code now}.
     *
     * @param now time of use
     * @return the updated session
     */
    public Session touchedAt(Instant now) {
        return new Session(id, userId, createdAt, now, absoluteExpiry, currentRefreshId, clientIp, userAgent);
    }

    /**
     * This session after a refresh: a new current refresh token, seen at {@code now}.
     *
     * @param newRefreshId identifier of the new refresh token
     * @param now time of the refresh
     * @return the updated session
     */
    public Session rotatedTo(String newRefreshId, Instant now) {
        return new Session(id, userId, createdAt, now, absoluteExpiry, newRefreshId, clientIp, userAgent);
    }
}
