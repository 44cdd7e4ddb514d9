package io.myapi.domain.catalogue;

import io.myapi.domain.shared.Ulid;
import java.util.Objects;

/**
 * Identifier of a product.
 *
 * @param value the ULID
 */
public record ProductId(Ulid value) {

    /**
     * Validates presence.
     *
     * @param value the ULID
     */
    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses client or stored text.
     *
     * @param text a ULID in any letter case
     * @return the identifier
     * @throws io.myapi.domain.shared.InvalidIdentifierException if {@code text} is not a ULID
     */
    public static ProductId parse(String text) {
        return new ProductId(Ulid.parse(text));
    }

    @Override
    public String toString() {
        return value.value();
    }
}
