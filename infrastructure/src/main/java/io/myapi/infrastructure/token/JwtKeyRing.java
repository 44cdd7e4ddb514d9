package io.myapi.infrastructure.token;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The keys of one algorithm: one active key and the previous keys still accepted (R17.4). Every
 * key must fit the algorithm's family, so a deployment is symmetric or asymmetric, never both.
 *
 * @param algorithm the deployment's one algorithm
 * @param active the key that signs
 * @param previous retired keys that still verify until their window ends
 */
public record JwtKeyRing(JwtAlgorithm algorithm, SigningKey active, List<SigningKey> previous) {

    /**
     * Validates the family of every key.
     *
     * @param algorithm the algorithm
     * @param active the active key
     * @param previous the previous keys
     */
    public JwtKeyRing {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(active, "active");
        previous = List.copyOf(previous);
        if (active.signingKey() == null) {
            throw new IllegalArgumentException("the active key must be able to sign");
        }
        if (!algorithm.fits(active.verificationKey())
                || previous.stream().anyMatch(key -> !algorithm.fits(key.verificationKey()))) {
            throw new IllegalArgumentException("every key must fit " + algorithm.headerName());
        }
    }

    /**
     * The verification key named by {@code kid}, if it is still accepted.
     *
     * @param keyId the {@code kid} header
     * @param now the current time
     * @return the key, if known and inside its window
     */
    public Optional<SigningKey> verificationKey(String keyId, Instant now) {
        if (active.keyId().equals(keyId)) {
            return Optional.of(active);
        }
        return previous.stream().filter(key -> key.keyId().equals(keyId) && key.acceptsAt(now)).findFirst();
    }
}
