package io.myapi.infrastructure.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The session contract on the in-process store, plus its lifetime eviction. */
class InMemorySessionStoreTest extends SessionStoreContract {

    private final MovableClock clock = new MovableClock(NOW);

    @Override
    SessionStore store() {
        return new InMemorySessionStore(clock);
    }

    @Test
    void sessionsDisappearWhenTheirStoreLifetimeEnds() {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, Duration.ofMinutes(10));

        clock.now = NOW.plus(Duration.ofMinutes(10)).minusMillis(1);
        assertThat(store.find(session.id())).isPresent();
        clock.now = NOW.plus(Duration.ofMinutes(10));
        assertThat(store.find(session.id())).isEmpty();
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
