package io.myapi.infrastructure.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.shared.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Against the real Redis on localhost (started by .ci/run). */
class RedisConnectionManagerTest {

    @Test
    void pingsRealRedisAndClosesCleanly() {
        RedisConnectionManager manager = new RedisConnectionManager(Secret.of("redis://127.0.0.1:6379/0"), Duration.ofSeconds(2));
        try {
            assertThat(manager.ping()).isTrue();
            assertThat(manager.connection().sync().set("myapi:test:ping", "1")).isEqualTo("OK");
            assertThat(manager.connection().sync().del("myapi:test:ping")).isEqualTo(1L);
        } finally {
            manager.stop();
        }
    }

    @Test
    void reportsAnUnreachableRedisAsNotReady() {
        RedisConnectionManager manager = new RedisConnectionManager(Secret.of("redis://127.0.0.1:1/0"), Duration.ofMillis(500));
        try {
            assertThat(manager.ping()).isFalse();
        } finally {
            manager.stop();
        }
    }

    @Test
    void aStoppedManagerStartedAgainConnectsAgain() {
        // Spring pauses (stops) cached test contexts and resumes them; a resumed instance must work.
        RedisConnectionManager manager = new RedisConnectionManager(Secret.of("redis://127.0.0.1:6379/0"), Duration.ofSeconds(2));
        try {
            assertThat(manager.ping()).isTrue();
            manager.stop();
            manager.start();
            assertThat(manager.ping()).isTrue();
            assertThat(manager.binaryConnection().isOpen()).isTrue();
        } finally {
            manager.stop();
        }
    }
}
