package io.myapi.web.identity;

import io.myapi.domain.shared.Secret;
import io.swagger.v3.oas.annotations.media.Schema;
import io.myapi.domain.user.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the identity endpoints. Each names exactly the fields a caller may set
 * (no mass assignment); passwords and tokens bind to {@link Secret}, which never prints (a JSON
 * string on the wire, as the {@code @Schema} annotations tell the OpenAPI document).
 */
final class IdentityRequests {

    private IdentityRequests() {
    }


    /**
     * Registration.
     *
     * @param email the address
     * @param password the chosen password
     * @param displayName the name shown to others
     */
    record Register(
            @NotNull @Size(max = 254) String email,
            @NotNull @Schema(type = "string", types = "string", format = "password") Secret password,
            @NotNull @Size(min = 1, max = 100) String displayName) {
    }

    /**
     * Login. The email is not validated here: a malformed one fails like a wrong password, after
     * the same hashing work (no account enumeration).
     *
     * @param email the address
     * @param password the password
     */
    record Login(@NotNull @Size(max = 254) String email, @NotNull @Schema(type = "string", types = "string", format = "password") Secret password) {
    }

    /**
     * Refresh; the token may instead come from the refresh cookie.
     *
     * @param refreshToken the refresh token, absent in cookie mode
     */
    record Refresh(@Nullable @Schema(type = "string", types = "string", format = "password") Secret refreshToken) {
    }

    /**
     * Password change.
     *
     * @param currentPassword the password now
     * @param newPassword the password to set
     */
    record ChangePassword(@NotNull @Schema(type = "string", types = "string", format = "password") Secret currentPassword, @NotNull @Schema(type = "string", types = "string", format = "password") Secret newPassword) {
    }

    /**
     * API key creation.
     *
     * @param name the owner's label
     * @param expiresAt optional hard expiry
     */
    record CreateApiKey(@NotNull @Size(min = 1, max = 100) String name, @Nullable Instant expiresAt) {
    }

    /**
     * Role replacement.
     *
     * @param roles the roles the user will hold
     */
    record ReplaceRoles(@NotNull @Size(min = 1, max = 4) List<@NotNull Role> roles) {
    }

    /**
     * A subscription-tier change.
     *
     * @param tier a configured tier's name, or null for none
     */
    record ChangeTier(@Nullable @Size(max = 32) String tier) {
    }
}
