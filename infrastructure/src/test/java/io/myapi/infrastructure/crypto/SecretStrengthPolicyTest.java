package io.myapi.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.shared.Secret;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretStrengthPolicyTest {

    private static final SecretStrengthPolicy POLICY = new SecretStrengthPolicy();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    @Tag("R7.4")
    @Tag("R13.4")
    void rejectsSecretsShorterThan32Characters() {
        assertThat(POLICY.weakness(Secret.of("Zq8#kV2!pL9@wX4$"))).hasValueSatisfying(reason ->
                assertThat(reason).contains("at least 32").doesNotContain("Zq8#kV2!pL9@wX4$"));
        assertThat(POLICY.weakness(Secret.of(randomBase64(23).substring(0, 31)))).isPresent();
    }

    @ParameterizedTest
    @Tag("R17.6")
    @ValueSource(strings = {
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "abcdefghijklmnopqrstuvwxyzabcdefghijkl",
        "passwordpasswordpasswordpassword",
        "0123456789012345678901234567890123456789",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiop",
        "correcthorsebatterystaplecorrecthorse",
        "my-super-secret-jwt-key-for-production",
        "this-is-my-very-long-development-secret-key",
    })
    void rejectsLongButPredictableSecrets(String weak) {
        assertThat(POLICY.weakness(Secret.of(weak))).hasValueSatisfying(reason ->
                assertThat(reason).contains("entropy").doesNotContain(weak));
    }

    @Test
    @Tag("R7.4")
    @Tag("R17.6")
    void acceptsGeneratedKeys() {
        for (int i = 0; i < 200; i++) {
            assertThat(POLICY.weakness(Secret.of(randomBase64(32)))).isEmpty();
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            assertThat(POLICY.weakness(Secret.of(HexFormat.of().formatHex(bytes)))).isEmpty();
        }
    }

    private static String randomBase64(int bytes) {
        byte[] material = new byte[bytes];
        RANDOM.nextBytes(material);
        return Base64.getEncoder().encodeToString(material);
    }
}
