package io.myapi.infrastructure.persistence.identity;

import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.PasswordHash;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserStatus;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.stream.Collectors;

/** Plain-code mapping between domain objects and rows, both ways. */
final class IdentityPersistenceMapper {

    private IdentityPersistenceMapper() {
    }

    static void copy(User user, UserJpaEntity row) {
        row.id = user.id().toString();
        row.email = user.email().value();
        row.displayName = user.displayName();
        row.passwordHash = user.passwordHash().encoded();
        row.status = user.status().name();
        row.roles.clear();
        row.roles.addAll(user.roles().stream().map(Role::name).collect(Collectors.toCollection(HashSet::new)));
        row.createdAt = user.createdAt();
        row.updatedAt = user.updatedAt();
        row.subscriptionTier = user.subscriptionTier().orElse(null);
    }

    static User toDomain(UserJpaEntity row) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        row.roles.forEach(role -> roles.add(Role.valueOf(role)));
        return new User(
                UserId.parse(Objects.requireNonNull(row.id)),
                new EmailAddress(Objects.requireNonNull(row.email)),
                Objects.requireNonNull(row.displayName),
                new PasswordHash(Objects.requireNonNull(row.passwordHash)),
                roles,
                UserStatus.valueOf(Objects.requireNonNull(row.status)),
                Objects.requireNonNull(row.createdAt),
                Objects.requireNonNull(row.updatedAt),
                row.version == null ? 0 : row.version,
                row.subscriptionTier);
    }

    static void copy(ApiKey key, ApiKeyJpaEntity row) {
        row.id = key.id().toString();
        row.ownerId = key.owner().toString();
        row.name = key.name();
        row.prefix = key.prefix();
        row.secretHash = key.secretHash().encoded();
        row.createdAt = key.createdAt();
        row.expiresAt = key.expiresAt().orElse(null);
        row.lastUsedAt = key.lastUsedAt().orElse(null);
        row.revokedAt = key.revokedAt().orElse(null);
    }

    static ApiKey toDomain(ApiKeyJpaEntity row) {
        return new ApiKey(
                ApiKeyId.parse(Objects.requireNonNull(row.id)),
                UserId.parse(Objects.requireNonNull(row.ownerId)),
                Objects.requireNonNull(row.name),
                Objects.requireNonNull(row.prefix),
                new PasswordHash(Objects.requireNonNull(row.secretHash)),
                Objects.requireNonNull(row.createdAt),
                row.expiresAt,
                row.lastUsedAt,
                row.revokedAt);
    }
}
