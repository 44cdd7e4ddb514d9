package io.myapi.infrastructure.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.ulid.UlidCreator;
import io.myapi.application.identity.port.out.RefreshOutcome;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link SessionStore} must have, run against the in-process store and
 * against Redis alike.
 */
abstract class SessionStoreContract {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    /** The store under test; each test gets a fresh namespace. */
    abstract SessionStore store();

    static Session session(UserId user, String refreshId) {
        String id = UUID.randomUUID() + "-" + UUID.randomUUID();
        return new Session(id, user, NOW, NOW, NOW.plus(DAY), refreshId, "203.0.113.7", "test-agent");
    }

    static UserId newUser() {
        return UserId.parse(UlidCreator.getMonotonicUlid().toString());
    }

    @Test
    @Tag("R28.2")
    void aCreatedSessionIsFoundWithEveryField() {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");

        store.create(session, DAY);

        assertThat(store.find(session.id())).contains(session);
        assertThat(store.find("no-such-session")).isEmpty();
    }

    @Test
    @Tag("R13.5")
    void aRefreshTokenRotatesOnceAndIsThenSpent() {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, DAY);

        assertThat(store.rotate(session.id(), "refresh-1", "refresh-2", NOW.plusSeconds(5))).isEqualTo(RefreshOutcome.ROTATED);
        assertThat(store.rotate(session.id(), "refresh-1", "refresh-3", NOW.plusSeconds(6))).isEqualTo(RefreshOutcome.REUSED);
        Session rotated = store.find(session.id()).orElseThrow();
        assertThat(rotated.currentRefreshId()).isEqualTo("refresh-2");
        assertThat(rotated.lastSeenAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(store.rotate("no-such-session", "refresh-2", "x", NOW)).isEqualTo(RefreshOutcome.MISSING);
    }

    @Test
    @Tag("R13.5")
    @Tag("R22.1")
    @Tag("R22.3")
    void ofConcurrentRefreshesWithTheSameTokenExactlyOneWins() throws Exception {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, DAY);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RefreshOutcome>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String next = "refresh-next-" + i;
                attempts.add(() -> store.rotate(session.id(), "refresh-1", next, NOW.plusSeconds(1)));
            }
            List<RefreshOutcome> outcomes = new ArrayList<>();
            for (Future<RefreshOutcome> result : pool.invokeAll(attempts)) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(RefreshOutcome.ROTATED::equals).hasSize(1);
            assertThat(outcomes).filteredOn(RefreshOutcome.REUSED::equals).hasSize(15);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Tag("R28.5")
    void aRevokedSessionIsGoneAtOnce() {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, DAY);

        assertThat(store.revoke(session.id())).isTrue();

        assertThat(store.find(session.id())).isEmpty();
        assertThat(store.rotate(session.id(), "refresh-1", "refresh-2", NOW)).isEqualTo(RefreshOutcome.MISSING);
        assertThat(store.revoke(session.id())).isFalse();
    }

    @Test
    void touchRecordsActivityButNeverRecreatesAnEndedSession() {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, DAY);

        store.touch(session.id(), NOW.plusSeconds(90));
        assertThat(store.find(session.id()).orElseThrow().lastSeenAt()).isEqualTo(NOW.plusSeconds(90));

        store.revoke(session.id());
        store.touch(session.id(), NOW.plusSeconds(120));
        assertThat(store.find(session.id())).isEmpty();
    }

    @Test
    void aUsersSessionsAreListedAndEndedTogetherWithoutTouchingOthers() {
        SessionStore store = store();
        UserId alice = newUser();
        UserId bob = UserId.parse("01BX5ZZKBKACTAV9WEVGEMMVRZ");
        Session first = session(alice, "a");
        Session second = session(alice, "b");
        Session bobs = session(bob, "c");
        store.create(first, DAY);
        store.create(second, DAY);
        store.create(bobs, DAY);

        assertThat(store.listForUser(alice)).extracting(Session::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(store.revokeAllForUser(alice)).isEqualTo(2);

        assertThat(store.listForUser(alice)).isEmpty();
        assertThat(store.find(first.id())).isEmpty();
        assertThat(store.find(bobs.id())).isPresent();
        store.revoke(bobs.id());
    }
}
