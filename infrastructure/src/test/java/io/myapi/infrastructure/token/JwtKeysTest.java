package io.myapi.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Keys from PEM text, as an operator configures them. */
class JwtKeysTest {

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    @Test
    void ecAndEd25519KeysLoadFromPemAndFitOnlyTheirAlgorithm() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ecPair = ec.generateKeyPair();
        KeyPair edPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        var ecPublic = JwtKeys.publicKey(pem("PUBLIC KEY", ecPair.getPublic().getEncoded()), JwtAlgorithm.ES256);
        var ecPrivate = JwtKeys.privateKey(pem("PRIVATE KEY", ecPair.getPrivate().getEncoded()), JwtAlgorithm.ES256);
        var edPublic = JwtKeys.publicKey(pem("PUBLIC KEY", edPair.getPublic().getEncoded()), JwtAlgorithm.EDDSA);

        assertThat(ecPublic).isEqualTo(ecPair.getPublic());
        assertThat(ecPrivate.getEncoded()).isEqualTo(ecPair.getPrivate().getEncoded());
        assertThat(JwtAlgorithm.ES256.fits(ecPublic)).isTrue();
        assertThat(JwtAlgorithm.EDDSA.fits(ecPublic)).isFalse();
        assertThat(JwtAlgorithm.EDDSA.fits(edPublic)).isTrue();
        assertThatThrownBy(() -> JwtKeys.publicKey(pem("PUBLIC KEY", edPair.getPublic().getEncoded()), JwtAlgorithm.ES256))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtKeys.publicKey("not a key", JwtAlgorithm.HS256)).isInstanceOf(IllegalArgumentException.class);
    }
}
