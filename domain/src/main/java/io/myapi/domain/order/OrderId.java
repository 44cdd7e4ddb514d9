package io.myapi.domain.order;

import io.myapi.domain.shared.Ulid;
import java.util.Objects;

/**
 * Identifier of an order.
 *
 * @param value the ULID
 */
public record OrderId(Ulid value) {

    /**
     * Validates presence.
     *
     * @param value the ULID
     */
    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Parses client or stored text.
     *
     * @param text a ULID in any letter case
     * @return the identifier
     * @throws io.myapi.domain.shared.InvalidIdentifierException if {@code text} is not a ULID
     */
    public static OrderId parse(String text) {
        return new OrderId(Ulid.parse(text));
    }

    @Override
    public String toString() {
        return value.value();
    }
}
