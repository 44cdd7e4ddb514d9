package io.myapi.infrastructure.session;

import io.myapi.application.identity.port.out.RefreshOutcome;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in this process only: the embedded defaults, one instance. Atomicity comes from
 * {@link ConcurrentHashMap#compute}; entries past their store lifetime are dropped when read.
 */
public final class InMemorySessionStore implements SessionStore {

    private record Entry(Session session, Instant evictAt) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final InstantSource clock;

    /**
     * Creates the store.
     *
     * @param clock time source for store lifetimes
     */
    public InMemorySessionStore(InstantSource clock) {
        this.clock = clock;
    }

    @Override
    public void create(Session session, Duration ttl) {
        evictExpired();
        sessions.put(session.id(), new Entry(session, clock.instant().plus(ttl)));
    }

    @Override
    public Optional<Session> find(String sessionId) {
        return Optional.ofNullable(live(sessionId)).map(Entry::session);
    }

    @Override
    public void touch(String sessionId, Instant now) {
        sessions.computeIfPresent(sessionId, (id, entry) -> new Entry(entry.session().touchedAt(now), entry.evictAt()));
    }

    @Override
    public RefreshOutcome rotate(String sessionId, String presentedRefreshId, String newRefreshId, Instant now) {
        RefreshOutcome[] outcome = {RefreshOutcome.MISSING};
        sessions.computeIfPresent(sessionId, (id, entry) -> {
            if (!entry.session().currentRefreshId().equals(presentedRefreshId)) {
                outcome[0] = RefreshOutcome.REUSED;
                return entry;
            }
            outcome[0] = RefreshOutcome.ROTATED;
            return new Entry(entry.session().rotatedTo(newRefreshId, now), entry.evictAt());
        });
        return outcome[0];
    }

    @Override
    public boolean revoke(String sessionId) {
        return sessions.remove(sessionId) != null;
    }

    @Override
    public List<Session> listForUser(UserId userId) {
        evictExpired();
        return sessions.values().stream().map(Entry::session).filter(s -> s.userId().equals(userId)).toList();
    }

    @Override
    public int revokeAllForUser(UserId userId) {
        List<String> ids = listForUser(userId).stream().map(Session::id).toList();
        ids.forEach(sessions::remove);
        return ids.size();
    }

    private Entry live(String sessionId) {
        Entry entry = sessions.get(sessionId);
        if (entry != null && !clock.instant().isBefore(entry.evictAt())) {
            sessions.remove(sessionId, entry);
            return null;
        }
        return entry;
    }

    private void evictExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(entry -> !now.isBefore(entry.evictAt()));
    }
}
