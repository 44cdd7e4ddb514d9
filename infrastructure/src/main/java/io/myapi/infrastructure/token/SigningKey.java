package io.myapi.infrastructure.token;

import io.myapi.domain.shared.Digests;
import java.security.Key;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One key of the ring: the active key signs and verifies; a previous key only verifies, until
 * {@code acceptedUntil} (R17.4).
 *
 * @param keyId the {@code kid}: a digest of the verification key, so it reveals nothing
 * @param signingKey the private or secret key; absent for a previous key
 * @param verificationKey the public or secret key
 * @param acceptedUntil for a previous key, the end of its verification window
 */
public record SigningKey(String keyId, @Nullable Key signingKey, Key verificationKey, Optional<Instant> acceptedUntil) {

    private static final int KEY_ID_BYTES = 8;

    /**
     * Validates presence.
     *
     * @param keyId the kid
     * @param signingKey the signing key, if any
     * @param verificationKey the verification key
     * @param acceptedUntil end of the verification window, if any
     */
    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(verificationKey, "verificationKey");
        Objects.requireNonNull(acceptedUntil, "acceptedUntil");
    }

    /**
     * An active key.
     *
     * @param signingKey private or secret key
     * @param verificationKey public or secret key
     * @return the key
     */
    public static SigningKey active(Key signingKey, Key verificationKey) {
        return new SigningKey(keyIdOf(verificationKey), signingKey, verificationKey, Optional.empty());
    }

    /**
     * A retired key, still accepted for verification until {@code acceptedUntil}.
     *
     * @param verificationKey public or secret key
     * @param acceptedUntil end of the window
     * @return the key
     */
    public static SigningKey previous(Key verificationKey, Instant acceptedUntil) {
        return new SigningKey(keyIdOf(verificationKey), null, verificationKey, Optional.of(acceptedUntil));
    }

    /**
     * Whether this key still verifies at {@code now}.
     *
     * @param now the current time
     * @return {@code true} for the active key and for previous keys inside their window
     */
    public boolean acceptsAt(Instant now) {
        return acceptedUntil.map(now::isBefore).orElse(true);
    }

    private static String keyIdOf(Key key) {
        byte[] digest = Digests.sha256(("kid:" + key.getAlgorithm() + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] material = Digests.sha256(concat(digest, key.getEncoded()));
        return HexFormat.of().formatHex(material, 0, KEY_ID_BYTES);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "SigningKey[kid=" + keyId + ", acceptedUntil=" + acceptedUntil + "]";
    }
}
