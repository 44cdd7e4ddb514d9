package io.myapi.domain.apikey;

import io.myapi.domain.user.PasswordHash;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An API key. Only its Argon2id hash and a public lookup prefix are stored (R37.2); the key itself
 * is shown once, at creation.
 */
public final class ApiKey {

    /** Longest key name. */
    public static final int MAX_NAME = 100;

    private final ApiKeyId id;
    private final UserId owner;
    private final String name;
    private final String prefix;
    private final PasswordHash secretHash;
    private final Instant createdAt;
    private final @Nullable Instant expiresAt;
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant revokedAt;

    /**
     * Rebuilds a key from storage or creates one.
     *
     * @param id identifier
     * @param owner the user the key acts for
     * @param name the owner's label
     * @param prefix public lookup prefix
     * @param secretHash hash of the secret part
     * @param createdAt creation time
     * @param expiresAt hard expiry, if any
     * @param lastUsedAt last successful use, if any
     * @param revokedAt revocation time, if revoked
     */
    public ApiKey(ApiKeyId id, UserId owner, String name, String prefix, PasswordHash secretHash, Instant createdAt,
            @Nullable Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.name = validName(name);
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    /**
     * Whether the key may authenticate at {@code now}: not revoked, not past its expiry, and used
     * within {@code maxIdle} (R37.6; a never-used key counts from its creation).
     *
     * @param now the current time
     * @param maxIdle longest allowed gap between uses
     * @return {@code true} if the key is usable
     */
    public boolean isUsableAt(Instant now, Duration maxIdle) {
        if (revokedAt != null || (expiresAt != null && !now.isBefore(expiresAt))) {
            return false;
        }
        Instant lastActivity = lastUsedAt != null ? lastUsedAt : createdAt;
        return now.isBefore(lastActivity.plus(maxIdle));
    }

    /**
     * Revokes the key; revoking twice keeps the first time.
     *
     * @param now time of revocation
     */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Records a successful use.
     *
     * @param now time of use
     */
    public void recordUse(Instant now) {
        lastUsedAt = now;
    }

    /**
     * The identifier.
     *
     * @return the identifier
     */
    public ApiKeyId id() {
        return id;
    }

    /**
     * The user the key acts for.
     *
     * @return the owner
     */
    public UserId owner() {
        return owner;
    }

    /**
     * The owner's label.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The public lookup prefix.
     *
     * @return the prefix
     */
    public String prefix() {
        return prefix;
    }

    /**
     * Hash of the secret part.
     *
     * @return the hash
     */
    public PasswordHash secretHash() {
        return secretHash;
    }

    /**
     * When the key was created.
     *
     * @return the creation time
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The hard expiry.
     *
     * @return the expiry, if one was set
     */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /**
     * The last successful use.
     *
     * @return the time, if the key was ever used
     */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    /**
     * The revocation time.
     *
     * @return the time, if revoked
     */
    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    private static String validName(String name) {
        Objects.requireNonNull(name, "name");
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new io.myapi.domain.shared.InvalidFieldException("name", "API key name is empty, too long or has control characters");
        }
        return stripped;
    }

    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", owner=" + owner + "]";
    }
}
