package io.myapi.application.identity.port.in;

import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailAddress;
import java.util.Objects;

/**
 * Input of a registration.
 *
 * @param email the address
 * @param password the chosen password
 * @param displayName the name shown to others
 */
public record RegisterUserCommand(EmailAddress email, Secret password, String displayName) {

    /**
     * Validates presence.
     *
     * @param email the address
     * @param password the chosen password
     * @param displayName the name
     */
    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(displayName, "displayName");
    }
}
