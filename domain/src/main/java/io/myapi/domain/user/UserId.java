package io.myapi.domain.user;

import io.myapi.domain.shared.Ulid;
import java.util.Objects;

/**
 * Identifier of a user.
 *
 * @param value the ULID
 */
public record UserId(Ulid value) {

    /**
     * Validates presence.
     *
     * @param value the ULID
     */
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses client or stored text.
     *
     * @param text a ULID in any letter case
     * @return the identifier
     * @throws io.myapi.domain.shared.InvalidIdentifierException if {@code text} is not a ULID
     */
    public static UserId parse(String text) {
        return new UserId(Ulid.parse(text));
    }

    @Override
    public String toString() {
        return value.value();
    }
}
