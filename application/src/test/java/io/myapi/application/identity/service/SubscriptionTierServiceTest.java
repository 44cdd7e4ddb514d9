package io.myapi.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SubscriptionTierCache;
import io.myapi.application.identity.support.IdentityFixture;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Administrators set subscription tiers; the rate limiter reads them through the cache. */
class SubscriptionTierServiceTest {

    private final IdentityFixture identity = new IdentityFixture();
    private final Map<UserId, Optional<String>> cached = new HashMap<>();
    private final SubscriptionTierCache cache = new SubscriptionTierCache() {
        @Override
        public Optional<String> get(UserId userId, Function<UserId, Optional<String>> loader) {
            return cached.computeIfAbsent(userId, loader);
        }

        @Override
        public void invalidate(UserId userId) {
            cached.remove(userId);
        }
    };
    private final SubscriptionTierService service = new SubscriptionTierService(identity.users, cache, Set.of("gold", "silver"),
            identity.events, identity.clock);

    private Caller admin() {
        User admin = identity.register("admin@example.com");
        admin.replaceRoles(EnumSet.of(Role.ADMIN), identity.clock.instant());
        identity.users.save(admin);
        return IdentityFixture.callerOf(identity.users.findById(admin.id()).orElseThrow());
    }

    @Test
    @Tag("R16.4")
    void aTierIsStoredReadThroughTheCacheAndChangedAtOnceOnThisInstance() {
        Caller admin = admin();
        User customer = identity.register("casey@example.com");
        assertThat(service.tierOf(customer.id())).isEmpty();

        User gold = service.changeTier(admin, customer.id(), Optional.of("gold"));

        assertThat(gold.subscriptionTier()).contains("gold");
        assertThat(identity.users.findById(customer.id()).orElseThrow().subscriptionTier()).contains("gold");
        assertThat(service.tierOf(customer.id())).contains("gold");
        service.changeTier(admin, customer.id(), Optional.empty());
        assertThat(service.tierOf(customer.id())).isEmpty();
        assertThat(identity.events.of(SecurityEventType.SUBSCRIPTION_TIER_CHANGED)).hasSize(2);
    }

    @Test
    @Tag("R16.4")
    void onlyConfiguredTiersAndOnlyAdministratorsWithASession() {
        Caller admin = admin();
        User customer = identity.register("casey@example.com");

        assertThatThrownBy(() -> service.changeTier(admin, customer.id(), Optional.of("platinum")))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> service.changeTier(IdentityFixture.callerOf(customer), customer.id(), Optional.of("gold")))
                .isInstanceOf(PermissionDeniedException.class);
        Caller adminViaKey = new Caller(admin.userId(), admin.permissions(), Optional.empty(), admin.apiKeyId(), false);
        assertThatThrownBy(() -> service.changeTier(adminViaKey, customer.id(), Optional.of("gold")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(identity.users.findById(customer.id()).orElseThrow().subscriptionTier()).isEmpty();
    }
}
