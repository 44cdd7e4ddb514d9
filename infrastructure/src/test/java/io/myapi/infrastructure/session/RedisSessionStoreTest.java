package io.myapi.infrastructure.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The session contract on the real Redis at localhost (started by .ci/run). */
class RedisSessionStoreTest extends SessionStoreContract {

    private static RedisConnectionManager redis;

    @BeforeAll
    static void connect() {
        redis = new RedisConnectionManager(Secret.of("redis://127.0.0.1:6379/0"), Duration.ofSeconds(2));
        redis.start();
    }

    @AfterAll
    static void disconnect() {
        redis.stop();
    }

    @Override
    SessionStore store() {
        return new RedisSessionStore(redis, "myapi-test:" + UUID.randomUUID() + ":");
    }

    @Test
    @Tag("R28.4")
    void redisDropsASessionAtTheEndOfItsLifetime() throws Exception {
        SessionStore store = store();
        Session session = session(newUser(), "refresh-1");
        store.create(session, Duration.ofMillis(300));
        assertThat(store.find(session.id())).isPresent();

        Thread.sleep(600);

        assertThat(store.find(session.id())).isEmpty();
    }

    @Test
    void twoStoresOnTheSameRedisShareSessions() {
        String namespace = "myapi-test:" + UUID.randomUUID() + ":";
        SessionStore instanceA = new RedisSessionStore(redis, namespace);
        SessionStore instanceB = new RedisSessionStore(redis, namespace);
        Session session = session(newUser(), "refresh-1");
        instanceA.create(session, DAY);

        assertThat(instanceB.find(session.id())).contains(session);
        instanceB.revoke(session.id());
        assertThat(instanceA.find(session.id())).isEmpty();
    }
}
