package io.myapi.domain.user;

import io.myapi.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user account. It guards its invariants (a display name, at least one role) and exposes
 * behaviour rather than setters.
 */
public final class User {

    /** Longest display name. */
    public static final int MAX_DISPLAY_NAME = 100;

    private final UserId id;
    private final EmailAddress email;
    private final String displayName;
    private PasswordHash passwordHash;
    private final EnumSet<Role> roles;
    private UserStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private @Nullable String subscriptionTier;

    private static final java.util.regex.Pattern TIER = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,31}");

    /**
     * Rebuilds a user from storage or creates one.
     *
     * @param id identifier
     * @param email normalised address
     * @param displayName name shown to others
     * @param passwordHash current password hash
     * @param roles at least one role
     * @param status whether the account may be used
     * @param createdAt creation time
     * @param updatedAt last change
     * @param version optimistic-lock version it was read at, 0 for a new user
     */
    public User(UserId id, EmailAddress email, String displayName, PasswordHash passwordHash,
            Set<Role> roles, UserStatus status, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = validDisplayName(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = validRoles(roles);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * Rebuilds a user with a subscription tier from storage.
     *
     * @param id identifier
     * @param email normalised address
     * @param displayName name shown to others
     * @param passwordHash current password hash
     * @param roles at least one role
     * @param status whether the account may be used
     * @param createdAt creation time
     * @param updatedAt last change
     * @param version optimistic-lock version it was read at
     * @param subscriptionTier the tier's name, or null for none
     */
    public User(UserId id, EmailAddress email, String displayName, PasswordHash passwordHash,
            Set<Role> roles, UserStatus status, Instant createdAt, Instant updatedAt, long version, @Nullable String subscriptionTier) {
        this(id, email, displayName, passwordHash, roles, status, createdAt, updatedAt, version);
        this.subscriptionTier = subscriptionTier == null ? null : validTier(subscriptionTier);
    }

    /**
     * Puts the user on a subscription tier, or on none; its request budget follows (R16.4).
     *
     * @param tier a tier name (lower-case letters, digits, dashes), or null for none
     * @param now time of the change
     */
    public void changeSubscriptionTier(@Nullable String tier, Instant now) {
        this.subscriptionTier = tier == null ? null : validTier(tier);
        this.updatedAt = now;
    }

    /**
     * The subscription tier.
     *
     * @return the tier's name, if the user has one
     */
    public java.util.Optional<String> subscriptionTier() {
        return java.util.Optional.ofNullable(subscriptionTier);
    }

    private static String validTier(String tier) {
        if (!TIER.matcher(tier).matches()) {
            throw new InvalidFieldException("subscription_tier", "a tier name is lower-case letters, digits and dashes");
        }
        return tier;
    }

    /**
     * A new customer account.
     *
     * @param id identifier
     * @param email normalised address
     * @param displayName name shown to others
     * @param passwordHash hash of the chosen password
     * @param now creation time
     * @return the account, active, with the CUSTOMER role
     */
    public static User register(UserId id, EmailAddress email, String displayName, PasswordHash passwordHash, Instant now) {
        return new User(id, email, displayName, passwordHash, EnumSet.of(Role.CUSTOMER), UserStatus.ACTIVE, now, now, 0);
    }

    /**
     * Replaces the password and clears a forced reset.
     *
     * @param newHash hash of the new password
     * @param now time of the change
     */
    public void changePassword(PasswordHash newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.status = UserStatus.ACTIVE;
        this.updatedAt = now;
    }

    /**
     * Blocks every use of the account until its password is changed (R18.6).
     *
     * @param now time of the decision
     */
    public void requirePasswordReset(Instant now) {
        this.status = UserStatus.PASSWORD_RESET_REQUIRED;
        this.updatedAt = now;
    }

    /**
     * Grants exactly {@code newRoles}.
     *
     * @param newRoles at least one role
     * @param now time of the change
     */
    public void replaceRoles(Set<Role> newRoles, Instant now) {
        EnumSet<Role> valid = validRoles(newRoles);
        roles.clear();
        roles.addAll(valid);
        this.updatedAt = now;
    }

    /**
     * Everything the user may do: the union of its roles' permissions (R8.4).
     *
     * @return the permissions
     */
    public Set<Permission> permissions() {
        return Role.permissionsOf(roles);
    }

    /**
     * Whether an administrator forced a password reset that is still pending.
     *
     * @return {@code true} until the password is changed
     */
    public boolean mustChangePassword() {
        return status == UserStatus.PASSWORD_RESET_REQUIRED;
    }

    /**
     * The identifier.
     *
     * @return the identifier
     */
    public UserId id() {
        return id;
    }

    /**
     * The normalised address.
     *
     * @return the normalised address
     */
    public EmailAddress email() {
        return email;
    }

    /**
     * The name shown to others.
     *
     * @return the name shown to others
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The current password hash.
     *
     * @return the current password hash
     */
    public PasswordHash passwordHash() {
        return passwordHash;
    }

    /**
     * The granted roles.
     *
     * @return the granted roles
     */
    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /**
     * Whether the account may be used.
     *
     * @return whether the account may be used
     */
    public UserStatus status() {
        return status;
    }

    /**
     * When the account was created.
     *
     * @return when the account was created
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * When the account last changed.
     *
     * @return when the account last changed
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The optimistic-lock version it was read at: saving fails if the stored user moved on.
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    private static String validDisplayName(String displayName) {
        Objects.requireNonNull(displayName, "displayName");
        String stripped = displayName.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_DISPLAY_NAME
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("display_name", "display name is empty, too long or has control characters");
        }
        return stripped;
    }

    private static EnumSet<Role> validRoles(Set<Role> roles) {
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new InvalidFieldException("roles", "a user needs at least one role");
        }
        return EnumSet.copyOf(roles);
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", roles=" + roles + ", status=" + status + "]";
    }
}
