package io.myapi.infrastructure.token;

import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.WeakKeyException;
import io.myapi.domain.shared.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.SecretKey;

/** Builds keys from configuration: HMAC secrets and PEM files. */
public final class JwtKeys {

    /** Fewest bytes of an HMAC key (R13.4). */
    public static final int MIN_HMAC_BYTES = 32;

    private JwtKeys() {
    }

    /**
     * An HMAC-SHA256 key from a secret of at least 256 bits.
     *
     * @param secret the configured secret
     * @return the key
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes
     */
    public static SecretKey hmac(Secret secret) {
        byte[] bytes = secret.reveal().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_HMAC_BYTES) {
            throw new IllegalArgumentException("an HS256 key needs at least 256 bits (32 bytes)");
        }
        try {
            return Keys.hmacShaKeyFor(bytes);
        } catch (WeakKeyException e) {
            throw new IllegalArgumentException("an HS256 key needs at least 256 bits (32 bytes)", e);
        }
    }

    /**
     * A private key from PKCS#8 PEM text.
     *
     * @param pem the text between and including the BEGIN/END lines
     * @param algorithm the key's family
     * @return the key
     * @throws IllegalArgumentException if the text is not such a key
     */
    public static PrivateKey privateKey(String pem, JwtAlgorithm algorithm) {
        try {
            return keyFactory(algorithm).generatePrivate(new PKCS8EncodedKeySpec(decodePem(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a PKCS#8 " + algorithm.headerName() + " private key", e);
        }
    }

    /**
     * A public key from X.509 SubjectPublicKeyInfo PEM text.
     *
     * @param pem the text between and including the BEGIN/END lines
     * @param algorithm the key's family
     * @return the key
     * @throws IllegalArgumentException if the text is not such a key
     */
    public static PublicKey publicKey(String pem, JwtAlgorithm algorithm) {
        try {
            return keyFactory(algorithm).generatePublic(new X509EncodedKeySpec(decodePem(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 " + algorithm.headerName() + " public key", e);
        }
    }

    /**
     * Refuses a key pair whose halves do not belong together (a misconfiguration that would
     * otherwise start fine and then refuse every token).
     *
     * @param key the active key
     * @param algorithm its algorithm
     * @throws IllegalArgumentException if a signature made with the private key does not verify
     */
    public static void requireMatchingPair(SigningKey key, JwtAlgorithm algorithm) {
        String name = algorithm == JwtAlgorithm.ES256 ? "SHA256withECDSA" : "Ed25519";
        byte[] probe = "my-api key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(name);
            signer.initSign((PrivateKey) java.util.Objects.requireNonNull(key.signingKey()));
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(name);
            verifier.initVerify((PublicKey) key.verificationKey());
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("the public key does not belong to the private key");
            }
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the key pair cannot sign and verify with " + algorithm.headerName(), e);
        }
    }

    private static KeyFactory keyFactory(JwtAlgorithm algorithm) throws GeneralSecurityException {
        return switch (algorithm) {
            case ES256 -> KeyFactory.getInstance("EC");
            case EDDSA -> KeyFactory.getInstance("Ed25519");
            case HS256 -> throw new GeneralSecurityException("HS256 uses a secret, not a key file");
        };
    }

    private static byte[] decodePem(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
