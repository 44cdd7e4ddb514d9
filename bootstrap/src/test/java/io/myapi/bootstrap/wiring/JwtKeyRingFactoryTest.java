package io.myapi.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.bootstrap.config.MyApiPropertiesTest;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.token.JwtAlgorithm;
import io.myapi.infrastructure.token.JwtKeyRing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key ring built from settings: both families, previous keys, and refusals. */
class JwtKeyRingFactoryTest {

    @TempDir
    Path folder;

    private static MyApiProperties.Jwt settings(Secret secret, JwtAlgorithm algorithm, Path privateKey, Path publicKey,
            List<MyApiProperties.PreviousKey> previous) {
        return new MyApiProperties.Jwt(secret, algorithm, "my-api", "my-api", Duration.ofMinutes(15), Duration.ofSeconds(30),
                privateKey, publicKey, previous);
    }

    private Path pem(String name, String type, byte[] der) throws Exception {
        return Files.writeString(folder.resolve(name),
                "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n");
    }

    @Test
    @Tag("R17.4")
    void anHmacRingHasTheActiveKeyAndThePreviousOnes() {
        Secret current = Secret.of(MyApiPropertiesTest.strongSecret());
        Secret old = Secret.of(MyApiPropertiesTest.strongSecret());
        Instant until = Instant.parse("2026-12-05T00:00:00Z");

        JwtKeyRing ring = JwtKeyRingFactory.create(settings(current, JwtAlgorithm.HS256, null, null,
                List.of(new MyApiProperties.PreviousKey(old, null, until))));

        assertThat(ring.algorithm()).isEqualTo(JwtAlgorithm.HS256);
        assertThat(ring.previous()).hasSize(1);
        assertThat(ring.previous().get(0).keyId()).isNotEqualTo(ring.active().keyId());
        assertThat(ring.verificationKey(ring.previous().get(0).keyId(), until.minusSeconds(1))).isPresent();
        assertThat(ring.verificationKey(ring.previous().get(0).keyId(), until)).isEmpty();
    }

    @Test
    @Tag("R13.3")
    void anEdDsaRingComesFromPemFilesAndRefusesAFileOfTheOtherFamily() throws Exception {
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path privateKey = pem("jwt.pem", "PRIVATE KEY", ed.getPrivate().getEncoded());
        Path publicKey = pem("jwt.pub", "PUBLIC KEY", ed.getPublic().getEncoded());

        JwtKeyRing ring = JwtKeyRingFactory.create(settings(null, JwtAlgorithm.EDDSA, privateKey, publicKey, List.of()));

        assertThat(ring.active().verificationKey()).isEqualTo(ed.getPublic());
        assertThatThrownBy(() -> JwtKeyRingFactory.create(settings(null, JwtAlgorithm.ES256, privateKey, publicKey, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        Path strangersKey = pem("other.pub", "PUBLIC KEY", KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
        assertThatThrownBy(() -> JwtKeyRingFactory.create(settings(null, JwtAlgorithm.EDDSA, privateKey, strangersKey, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> JwtKeyRingFactory.create(settings(null, JwtAlgorithm.EDDSA, null, publicKey, List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private-key-file");
    }
}
