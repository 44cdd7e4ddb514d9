package io.myapi.application.identity.port.out;

import io.myapi.domain.apikey.ApiKeyId;
import java.util.Optional;

/**
 * Remembers which presented key digests were verified against which key, so that a request
 * does not cost an Argon2 hash. It never decides validity: the key's row is read on every
 * request, so a revocation takes effect at once on every instance (R37.4).
 */
public interface ApiKeyLookupCache {

    /**
     * The key a digest was verified against.
     *
     * @param presentedKeyDigest SHA-256 of the presented key
     * @return the key id, if verified before
     */
    Optional<ApiKeyId> find(String presentedKeyDigest);

    /**
     * Remembers a successful verification.
     *
     * @param presentedKeyDigest SHA-256 of the presented key
     * @param keyId the key it matched
     */
    void remember(String presentedKeyDigest, ApiKeyId keyId);

    /**
     * Forgets everything remembered for a key.
     *
     * @param keyId the key
     */
    void forget(ApiKeyId keyId);
}
