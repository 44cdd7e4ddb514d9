package io.myapi.application.identity.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of an API key creation.
 *
 * @param caller the owner
 * @param name the owner's label
 * @param expiresAt hard expiry, if wanted
 */
public record CreateApiKeyCommand(Caller caller, String name, Optional<Instant> expiresAt) {

    /**
     * Validates presence.
     *
     * @param caller the owner
     * @param name the label
     * @param expiresAt hard expiry
     */
    public CreateApiKeyCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
