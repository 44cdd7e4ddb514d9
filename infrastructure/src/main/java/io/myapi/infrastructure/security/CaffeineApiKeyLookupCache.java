package io.myapi.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import io.myapi.infrastructure.cache.BoundedCaches;
import io.myapi.application.identity.port.out.ApiKeyLookupCache;
import io.myapi.domain.apikey.ApiKeyId;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Verified API keys of this instance, bounded in size and age. Per instance on purpose: it only
 * saves Argon2 work, while validity is read from the database on every request.
 */
public final class CaffeineApiKeyLookupCache implements ApiKeyLookupCache {

    private final Cache<String, ApiKeyId> verified;

    /**
     * Creates the cache.
     *
     * @param maximumSize most remembered keys
     * @param lifetime how long a verification is remembered
     * @param clock time source of the expiry (R11.1)
     */
    public CaffeineApiKeyLookupCache(long maximumSize, Duration lifetime, InstantSource clock) {
        this.verified = BoundedCaches.expiringAfterWrite(maximumSize, lifetime, clock);
    }

    @Override
    public Optional<ApiKeyId> find(String presentedKeyDigest) {
        return Optional.ofNullable(verified.getIfPresent(presentedKeyDigest));
    }

    @Override
    public void remember(String presentedKeyDigest, ApiKeyId keyId) {
        verified.put(presentedKeyDigest, keyId);
    }

    @Override
    public void forget(ApiKeyId keyId) {
        verified.asMap().values().removeIf(keyId::equals);
    }
}
