package io.myapi.application.identity.service;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ChangeSubscriptionTierUseCase;
import io.myapi.application.identity.port.in.ResolveSubscriptionTierUseCase;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.identity.port.out.SubscriptionTierCache;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Subscription tiers: administrators set them, the rate limiter reads them through a short-lived
 * cache (a change is seen at once by the instance that made it, by the others when their entry
 * expires).
 */
public final class SubscriptionTierService implements ChangeSubscriptionTierUseCase, ResolveSubscriptionTierUseCase {

    private final UserRepository users;
    private final SubscriptionTierCache cache;
    private final Set<String> configuredTiers;
    private final SecurityEvents events;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users the accounts
     * @param cache recently read tiers
     * @param configuredTiers the tiers that have a budget; no other may be set
     * @param events where changes are reported
     * @param clock the time source
     */
    public SubscriptionTierService(UserRepository users, SubscriptionTierCache cache, Set<String> configuredTiers, SecurityEvents events,
            Clock clock) {
        this.users = users;
        this.cache = cache;
        this.configuredTiers = Set.copyOf(configuredTiers);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public User changeTier(Caller caller, UserId userId, Optional<String> tier) {
        if (!caller.permissions().contains(Permission.USER_MANAGE) || caller.sessionId().isEmpty()) {
            throw new PermissionDeniedException("subscription tiers need " + Permission.USER_MANAGE + " and a session");
        }
        if (tier.isPresent() && !configuredTiers.contains(tier.get())) {
            throw new InvalidFieldException("tier", "not a configured subscription tier");
        }
        User user = users.findById(userId).orElseThrow(() -> new ResourceNotFoundException("no such user"));
        user.changeSubscriptionTier(tier.orElse(null), clock.instant());
        users.save(user);
        cache.invalidate(userId);
        events.record(SecurityEventType.SUBSCRIPTION_TIER_CHANGED, userId.toString(),
                "by=" + caller.userId() + " tier=" + tier.orElse("none"));
        return user;
    }

    @Override
    public Optional<String> tierOf(UserId userId) {
        return cache.get(userId, id -> users.findById(id).flatMap(User::subscriptionTier));
    }
}
