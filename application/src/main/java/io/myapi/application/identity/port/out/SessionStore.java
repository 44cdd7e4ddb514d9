package io.myapi.application.identity.port.out;

import io.myapi.domain.session.Session;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Server-side sessions (R28.2), shared by every instance: in-process on the embedded defaults,
 * Redis in production. One contract test suite runs against every implementation.
 */
public interface SessionStore {

    /**
     * Stores a new session.
     *
     * @param session the session
     * @param ttl how long the store keeps it at most (its absolute lifetime)
     */
    void create(Session session, Duration ttl);

    /**
     * Looks a session up.
     *
     * @param sessionId the id
     * @return the session, if it exists
     */
    Optional<Session> find(String sessionId);

    /**
     * Records activity.
     *
     * @param sessionId the id
     * @param now time of use
     */
    void touch(String sessionId, Instant now);

    /**
     * Atomically replaces the current refresh token if it is {@code presentedRefreshId}
     * (R13.5): of two concurrent refreshes with the same token, exactly one rotates.
     *
     * @param sessionId the id
     * @param presentedRefreshId the refresh token being spent
     * @param newRefreshId its replacement
     * @param now time of the refresh
     * @return what happened
     */
    RefreshOutcome rotate(String sessionId, String presentedRefreshId, String newRefreshId, Instant now);

    /**
     * Ends a session at once.
     *
     * @param sessionId the id
     * @return {@code true} if it existed
     */
    boolean revoke(String sessionId);

    /**
     * Every stored session of a user.
     *
     * @param userId the user
     * @return the sessions, in no particular order
     */
    List<Session> listForUser(UserId userId);

    /**
     * Ends every session of a user.
     *
     * @param userId the user
     * @return how many ended
     */
    int revokeAllForUser(UserId userId);
}
