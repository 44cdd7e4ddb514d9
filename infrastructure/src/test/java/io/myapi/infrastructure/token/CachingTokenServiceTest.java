package io.myapi.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenService;
import io.myapi.application.identity.port.out.TokenType;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The verified-token cache saves signature checks but never accepts what the real check would refuse. */
class CachingTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private Instant now = NOW;
    private final AtomicInteger verifications = new AtomicInteger();
    private final TokenService real = new TokenService() {
        @Override
        public String issue(TokenClaims claims) {
            return "token";
        }

        @Override
        public TokenClaims verify(String token, TokenType expected) {
            verifications.incrementAndGet();
            if (!token.equals("good")) {
                throw new InvalidTokenException(InvalidTokenException.Reason.BAD_SIGNATURE);
            }
            return new TokenClaims("user", "session", "jti", expected, Set.of(), NOW, NOW.plus(Duration.ofMinutes(15)));
        }
    };
    private final CachingTokenService cached = new CachingTokenService(real, 100, Duration.ofMinutes(1), Duration.ofSeconds(30), () -> now);

    @Test
    void aVerifiedAccessTokenIsCheckedOnceAMinuteAndARefusedOneEveryTime() {
        cached.verify("good", TokenType.ACCESS);
        cached.verify("good", TokenType.ACCESS);
        now = NOW.plusSeconds(61);
        cached.verify("good", TokenType.ACCESS);
        assertThat(verifications).hasValue(2);

        assertThatThrownBy(() -> cached.verify("forged", TokenType.ACCESS)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> cached.verify("forged", TokenType.ACCESS)).isInstanceOf(InvalidTokenException.class);
        assertThat(verifications).hasValue(4);
    }

    @Test
    @Tag("R8.2")
    @Tag("R11.1")
    void aCachedTokenStillExpiresOnTime() {
        cached.verify("good", TokenType.ACCESS);
        now = NOW.plus(Duration.ofMinutes(15)).plusSeconds(29);
        cached.verify("good", TokenType.ACCESS);
        now = NOW.plus(Duration.ofMinutes(15)).plusSeconds(30);

        assertThatThrownBy(() -> cached.verify("good", TokenType.ACCESS))
                .isInstanceOfSatisfying(InvalidTokenException.class, e -> assertThat(e.reason()).isEqualTo(InvalidTokenException.Reason.EXPIRED));
    }

    @Test
    void refreshTokensAreNeverCached() {
        cached.verify("good", TokenType.REFRESH);
        cached.verify("good", TokenType.REFRESH);

        assertThat(verifications).hasValue(2);
    }
}
