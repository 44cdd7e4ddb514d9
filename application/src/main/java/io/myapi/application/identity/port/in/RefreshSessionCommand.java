package io.myapi.application.identity.port.in;

import io.myapi.domain.shared.Secret;
import java.util.Objects;

/**
 * Input of a refresh.
 *
 * @param refreshToken the refresh token being spent
 */
public record RefreshSessionCommand(Secret refreshToken) {

    /**
     * Validates presence.
     *
     * @param refreshToken the token
     */
    public RefreshSessionCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
    }
}
