package io.myapi.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import io.myapi.infrastructure.cache.BoundedCaches;
import io.myapi.application.identity.port.out.SubscriptionTierCache;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Function;

/** Users' subscription tiers of this instance, bounded in size and age. */
public final class CaffeineSubscriptionTierCache implements SubscriptionTierCache {

    private final Cache<UserId, Optional<String>> tiers;

    /**
     * Creates the cache.
     *
     * @param maximumSize most remembered users
     * @param lifetime how long a tier is remembered
     * @param clock time source of the expiry
     */
    public CaffeineSubscriptionTierCache(long maximumSize, Duration lifetime, InstantSource clock) {
        this.tiers = BoundedCaches.expiringAfterWrite(maximumSize, lifetime, clock);
    }

    @Override
    public Optional<String> get(UserId userId, Function<UserId, Optional<String>> loader) {
        return tiers.get(userId, loader);
    }

    @Override
    public void invalidate(UserId userId) {
        tiers.invalidate(userId);
    }
}
