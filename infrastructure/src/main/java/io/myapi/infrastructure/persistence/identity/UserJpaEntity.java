package io.myapi.infrastructure.persistence.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Row of {@code users}; roles in {@code user_roles}. */
@Entity
@Table(name = "users")
class UserJpaEntity {

    @Id
    @Column(name = "id", length = 26, nullable = false, updatable = false)
    @Nullable String id;

    @Column(name = "email", length = 254, nullable = false)
    @Nullable String email;

    @Column(name = "display_name", length = 100, nullable = false)
    @Nullable String displayName;

    @Column(name = "password_hash", length = 255, nullable = false)
    @Nullable String passwordHash;

    @Column(name = "status", length = 32, nullable = false)
    @Nullable String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32, nullable = false)
    Set<String> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    @Nullable Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @Nullable Instant updatedAt;

    @Column(name = "subscription_tier", length = 32)
    @Nullable String subscriptionTier;

    @Version
    @Column(name = "version", nullable = false)
    @Nullable Long version;
}
