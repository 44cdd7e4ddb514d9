package io.myapi.infrastructure.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.f4b6a3.ulid.UlidCreator;
import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.EmailTakenException;
import io.myapi.domain.user.PasswordHash;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import io.myapi.domain.user.UserStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the user and API key repositories must do: in memory, on H2 and on PostgreSQL alike. */
abstract class IdentityRepositoriesContract {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /**
     * The user repository under test.
     *
     * @return it
     */
    abstract UserRepository users();

    /**
     * The API key repository under test.
     *
     * @return it
     */
    abstract ApiKeyRepository keys();

    static User newUser() {
        String unique = UlidCreator.getMonotonicUlid().toString().toLowerCase(java.util.Locale.ROOT);
        return User.register(UserId.parse(UlidCreator.getMonotonicUlid().toString()), new EmailAddress("user-" + unique + "@example.com"),
                "Test User", new PasswordHash("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"), NOW);
    }

    @Test
    void aUserRoundTripsWithRolesAndStatus() {
        User user = newUser();
        users().save(user);

        User loaded = users().findById(user.id()).orElseThrow();
        assertThat(loaded.email()).isEqualTo(user.email());
        assertThat(loaded.roles()).containsExactly(Role.CUSTOMER);
        assertThat(loaded.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(loaded.createdAt()).isEqualTo(NOW);
        assertThat(users().findByEmail(new EmailAddress(user.email().value().toUpperCase(java.util.Locale.ROOT)))).isPresent();
    }

    @Test
    @Tag("R8.4")
    @Tag("R18.6")
    void roleChangesAndForcedResetsArePersisted() {
        User user = newUser();
        users().save(user);

        user.replaceRoles(EnumSet.of(Role.MANAGER, Role.AUDITOR), NOW.plusSeconds(1));
        user.requirePasswordReset(NOW.plusSeconds(2));
        users().save(user);

        User loaded = users().findById(user.id()).orElseThrow();
        assertThat(loaded.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.AUDITOR);
        assertThat(loaded.mustChangePassword()).isTrue();
        assertThat(loaded.permissions()).containsAll(Role.MANAGER.permissions()).containsAll(Role.AUDITOR.permissions());
    }

    @Test
    @Tag("R16.4")
    void aSubscriptionTierIsPersistedAndCleared() {
        User user = newUser();
        users().save(user);
        assertThat(users().findById(user.id()).orElseThrow().subscriptionTier()).isEmpty();

        User gold = users().findById(user.id()).orElseThrow();
        gold.changeSubscriptionTier("gold", NOW.plusSeconds(1));
        users().save(gold);
        assertThat(users().findById(user.id()).orElseThrow().subscriptionTier()).contains("gold");

        User none = users().findById(user.id()).orElseThrow();
        none.changeSubscriptionTier(null, NOW.plusSeconds(2));
        users().save(none);
        assertThat(users().findById(user.id()).orElseThrow().subscriptionTier()).isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameAddressIsRefusedByTheDatabase() {
        User first = newUser();
        users().save(first);
        User twin = new User(UserId.parse(UlidCreator.getMonotonicUlid().toString()), first.email(), "Twin",
                new PasswordHash("x"), Set.of(Role.CUSTOMER), UserStatus.ACTIVE, NOW, NOW, 0);

        assertThatThrownBy(() -> users().save(twin)).isInstanceOf(EmailTakenException.class);
        assertThat(users().findById(twin.id())).isEmpty();
    }

    @Test
    void aUserReadBeforeAnotherChangeCannotOverwriteIt() {
        User user = newUser();
        users().save(user);
        User adminsCopy = users().findById(user.id()).orElseThrow();
        User attackersCopy = users().findById(user.id()).orElseThrow();

        adminsCopy.replaceRoles(EnumSet.of(Role.AUDITOR), NOW.plusSeconds(1));
        users().save(adminsCopy);
        attackersCopy.changePassword(new PasswordHash("new"), NOW.plusSeconds(2));

        assertThatThrownBy(() -> users().save(attackersCopy)).isInstanceOf(io.myapi.domain.shared.ConcurrentUpdateException.class);
        assertThat(users().findById(user.id()).orElseThrow().roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    @Tag("R37.4")
    void recordingAUseNeverUndoesARevocation() {
        User owner = newUser();
        users().save(owner);
        String prefix = UlidCreator.getMonotonicUlid().toString().substring(4);
        ApiKey key = new ApiKey(new ApiKeyId(new io.myapi.domain.shared.Ulid(UlidCreator.getMonotonicUlid().toString())), owner.id(),
                "ci", prefix, new PasswordHash("hash"), NOW, null, null, null);
        keys().save(key);
        ApiKey revoked = keys().findById(key.id()).orElseThrow();
        revoked.revoke(NOW.plusSeconds(5));
        keys().save(revoked);

        keys().recordUse(key.id(), NOW.plusSeconds(10));

        ApiKey loaded = keys().findById(key.id()).orElseThrow();
        assertThat(loaded.revokedAt()).contains(NOW.plusSeconds(5));
        assertThat(loaded.lastUsedAt()).isEmpty();
    }

    @Test
    void usersArePagedOldestFirst() {
        long before = users().count();
        users().save(newUser());
        users().save(newUser());

        assertThat(users().count()).isEqualTo(before + 2);
        assertThat(users().list(0, 1)).hasSize(1);
        assertThat(users().list((int) before + 1, 10)).hasSize(1);
    }

    @Test
    @Tag("R37.2")
    void apiKeysKeepOnlyPrefixAndHashAndTheirLifecycleTimes() {
        User owner = newUser();
        users().save(owner);
        String prefix = UlidCreator.getMonotonicUlid().toString().substring(4);
        ApiKey key = new ApiKey(new ApiKeyId(new io.myapi.domain.shared.Ulid(UlidCreator.getMonotonicUlid().toString())), owner.id(),
                "ci", prefix, new PasswordHash("$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"), NOW, NOW.plus(30, ChronoUnit.DAYS), null, null);
        keys().save(key);

        key.recordUse(NOW.plusSeconds(10));
        key.revoke(NOW.plusSeconds(20));
        keys().save(key);

        ApiKey loaded = keys().findByPrefix(prefix).orElseThrow();
        assertThat(loaded.id()).isEqualTo(key.id());
        assertThat(loaded.lastUsedAt()).contains(NOW.plusSeconds(10));
        assertThat(loaded.revokedAt()).contains(NOW.plusSeconds(20));
        assertThat(loaded.expiresAt()).contains(NOW.plus(30, ChronoUnit.DAYS));
        assertThat(keys().listByOwner(owner.id())).extracting(ApiKey::id).containsExactly(key.id());
        assertThat(keys().findById(key.id())).isPresent();
    }
}
