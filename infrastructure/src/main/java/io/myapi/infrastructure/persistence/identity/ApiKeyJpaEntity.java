package io.myapi.infrastructure.persistence.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Row of {@code api_keys}: the public prefix and the Argon2id hash, never the key. */
@Entity
@Table(name = "api_keys")
class ApiKeyJpaEntity {

    @Id
    @Column(name = "id", length = 26, nullable = false, updatable = false)
    @Nullable String id;

    @Column(name = "owner_id", length = 26, nullable = false, updatable = false)
    @Nullable String ownerId;

    @Column(name = "name", length = 100, nullable = false)
    @Nullable String name;

    @Column(name = "prefix", length = 32, nullable = false, updatable = false)
    @Nullable String prefix;

    @Column(name = "secret_hash", length = 255, nullable = false, updatable = false)
    @Nullable String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Nullable Instant createdAt;

    @Column(name = "expires_at")
    @Nullable Instant expiresAt;

    @Column(name = "last_used_at")
    @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    @Nullable Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    @Nullable Long version;
}
