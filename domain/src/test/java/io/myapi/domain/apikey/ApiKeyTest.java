package io.myapi.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.user.PasswordHash;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** When an API key may be used. */
class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration IDLE = Duration.ofDays(90);

    private static ApiKey key(Instant expiresAt) {
        return new ApiKey(ApiKeyId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), UserId.parse("01BX5ZZKBKACTAV9WEVGEMMVRZ"), "ci",
                "prefix", new PasswordHash("hash"), NOW, expiresAt, null, null);
    }

    @Test
    @Tag("R37.6")
    void aKeyUnusedForTheIdlePeriodExpiresAndUseExtendsIt() {
        ApiKey key = key(null);
        assertThat(key.isUsableAt(NOW.plus(IDLE).minusSeconds(1), IDLE)).isTrue();
        assertThat(key.isUsableAt(NOW.plus(IDLE), IDLE)).isFalse();

        key.recordUse(NOW.plus(Duration.ofDays(80)));

        assertThat(key.isUsableAt(NOW.plus(Duration.ofDays(169)), IDLE)).isTrue();
        assertThat(key.isUsableAt(NOW.plus(Duration.ofDays(170)), IDLE)).isFalse();
    }

    @Test
    @Tag("R37.4")
    void revocationAndHardExpiryEndAKey() {
        ApiKey expiring = key(NOW.plus(Duration.ofDays(1)));
        assertThat(expiring.isUsableAt(NOW.plus(Duration.ofHours(23)), IDLE)).isTrue();
        assertThat(expiring.isUsableAt(NOW.plus(Duration.ofDays(1)), IDLE)).isFalse();

        ApiKey revoked = key(null);
        revoked.revoke(NOW.plusSeconds(5));
        revoked.revoke(NOW.plusSeconds(50));

        assertThat(revoked.isUsableAt(NOW.plusSeconds(6), IDLE)).isFalse();
        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(5));
    }
}
