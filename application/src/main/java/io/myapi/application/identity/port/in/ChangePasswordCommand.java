package io.myapi.application.identity.port.in;

import io.myapi.domain.shared.Secret;
import java.util.Objects;

/**
 * Input of a password change.
 *
 * @param caller who is changing their password
 * @param currentPassword the password now
 * @param newPassword the password to set
 */
public record ChangePasswordCommand(Caller caller, Secret currentPassword, Secret newPassword) {

    /**
     * Validates presence.
     *
     * @param caller the caller
     * @param currentPassword the password now
     * @param newPassword the new password
     */
    public ChangePasswordCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
    }
}
