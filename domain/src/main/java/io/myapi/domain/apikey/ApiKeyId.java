package io.myapi.domain.apikey;

import io.myapi.domain.shared.Ulid;
import java.util.Objects;

/**
 * Identifier of an API key: public, logged with every request the key makes (R37.5).
 *
 * @param value the ULID
 */
public record ApiKeyId(Ulid value) {

    /**
     * Validates presence.
     *
     * @param value the ULID
     */
    public ApiKeyId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses client or stored text.
     *
     * @param text a ULID in any letter case
     * @return the identifier
     * @throws io.myapi.domain.shared.InvalidIdentifierException if {@code text} is not a ULID
     */
    public static ApiKeyId parse(String text) {
        return new ApiKeyId(Ulid.parse(text));
    }

    @Override
    public String toString() {
        return value.value();
    }
}
