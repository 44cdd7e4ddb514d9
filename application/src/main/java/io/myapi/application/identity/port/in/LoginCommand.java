package io.myapi.application.identity.port.in;

import io.myapi.domain.shared.Secret;
import java.util.Objects;

/**
 * Input of a login. The email is kept as typed: a malformed one fails like a wrong password.
 *
 * @param email the address as typed
 * @param password the password
 * @param clientIp the client's address
 * @param userAgent the client's software
 */
public record LoginCommand(String email, Secret password, String clientIp, String userAgent) {

    /**
     * Validates presence.
     *
     * @param email the address
     * @param password the password
     * @param clientIp the client's address
     * @param userAgent the client's software
     */
    public LoginCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Hides the address and the password. */
    @Override
    public String toString() {
        return "LoginCommand[clientIp=" + clientIp + "]";
    }
}
