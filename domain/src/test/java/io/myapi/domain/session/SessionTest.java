package io.myapi.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Session timeouts. */
class SessionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);

    private static Session session() {
        return new Session("id", UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), NOW, NOW, NOW.plus(Duration.ofHours(24)),
                "refresh", "203.0.113.9", "x".repeat(500));
    }

    @Test
    @Tag("R28.4")
    void idleAndAbsoluteTimeoutsBothEndASession() {
        Session session = session();
        assertThat(session.isActiveAt(NOW.plus(IDLE).minusMillis(1), IDLE)).isTrue();
        assertThat(session.isActiveAt(NOW.plus(IDLE), IDLE)).isFalse();

        Session busy = session.touchedAt(NOW.plus(Duration.ofHours(23).plusMinutes(59)));
        assertThat(busy.isActiveAt(NOW.plus(Duration.ofHours(23).plusMinutes(59).plusSeconds(30)), IDLE)).isTrue();
        assertThat(busy.isActiveAt(NOW.plus(Duration.ofHours(24)), IDLE)).isFalse();
    }

    @Test
    void rotationKeepsTheSessionAndReplacesTheRefreshToken() {
        Session rotated = session().rotatedTo("refresh-2", NOW.plusSeconds(10));

        assertThat(rotated.id()).isEqualTo("id");
        assertThat(rotated.currentRefreshId()).isEqualTo("refresh-2");
        assertThat(rotated.lastSeenAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(rotated.userAgent()).hasSize(Session.MAX_USER_AGENT);
    }
}
