package io.myapi.application.identity.support;

import io.myapi.application.identity.port.out.RefreshOutcome;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The simplest session store; the real ones pass a shared contract test in infrastructure. */
public final class FakeSessionStore implements SessionStore {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void create(Session session, Duration ttl) {
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<Session> find(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void touch(String sessionId, Instant now) {
        sessions.computeIfPresent(sessionId, (id, s) -> s.touchedAt(now));
    }

    @Override
    public synchronized RefreshOutcome rotate(String sessionId, String presentedRefreshId, String newRefreshId, Instant now) {
        Session session = sessions.get(sessionId);
        if (session == null) {
            return RefreshOutcome.MISSING;
        }
        if (!session.currentRefreshId().equals(presentedRefreshId)) {
            return RefreshOutcome.REUSED;
        }
        sessions.put(sessionId, session.rotatedTo(newRefreshId, now));
        return RefreshOutcome.ROTATED;
    }

    @Override
    public boolean revoke(String sessionId) {
        return sessions.remove(sessionId) != null;
    }

    @Override
    public List<Session> listForUser(UserId userId) {
        return sessions.values().stream().filter(s -> s.userId().equals(userId)).toList();
    }

    @Override
    public int revokeAllForUser(UserId userId) {
        List<Session> mine = listForUser(userId);
        mine.forEach(s -> sessions.remove(s.id()));
        return mine.size();
    }
}
