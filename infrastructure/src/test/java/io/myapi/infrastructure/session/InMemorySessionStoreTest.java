package io.myapi.infrastructure.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The session contract on the in-process store, plus its lifetime eviction. */
class InMemorySessionStoreTest extends SessionStoreContract {

    private volatile Instant now = NOW;

    @Override
    SessionStore store() {
        return new InMemorySessionStore(() -> now);
    }

    @Test
    void sessionsDisappearWhenTheirStoreLifetimeEnds() {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, Duration.ofMinutes(10));

        now = NOW.plus(Duration.ofMinutes(10)).minusMillis(1);
        assertThat(store.find(session.id())).isPresent();
        now = NOW.plus(Duration.ofMinutes(10));
        assertThat(store.find(session.id())).isEmpty();
    }
}
