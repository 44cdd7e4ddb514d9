package io.myapi.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Random identifiers: enough bytes, URL-safe, never repeating. */
class SecureRandomTokensTest {

    private final SecureRandomTokens tokens = new SecureRandomTokens();

    @Test
    @Tag("R28.1")
    @Tag("R37.1")
    void tokensCarryTheRequestedRandomBytesAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = tokens.next(32);
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            seen.add(token);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    @Tag("R28.1")
    void fewerThan128BitsAreRefused() {
        assertThatThrownBy(() -> tokens.next(15)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Base64.getUrlDecoder().decode(tokens.next(16))).hasSize(16);
    }
}
