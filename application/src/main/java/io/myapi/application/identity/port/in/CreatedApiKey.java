package io.myapi.application.identity.port.in;

import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.shared.Secret;
import java.util.Objects;

/**
 * A new API key and its secret, which exists only in this result.
 *
 * @param key the stored key
 * @param plaintext the full key to hand to the client once
 */
public record CreatedApiKey(ApiKey key, Secret plaintext) {

    /**
     * Validates presence.
     *
     * @param key the stored key
     * @param plaintext the full key
     */
    public CreatedApiKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plaintext, "plaintext");
    }
}
