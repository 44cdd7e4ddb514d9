package io.myapi.domain.user;

import java.util.Objects;

/**
 * An encoded password hash (PHC string with algorithm, parameters and salt). Never printed.
 *
 * @param encoded the encoded form
 */
public record PasswordHash(String encoded) {

    /**
     * Validates presence.
     *
     * @param encoded the encoded form
     */
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isEmpty()) {
            throw new IllegalArgumentException("empty hash");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
