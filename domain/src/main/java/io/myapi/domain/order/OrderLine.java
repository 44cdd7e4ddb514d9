package io.myapi.domain.order;

import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.shared.Money;
import io.myapi.domain.shared.Quantity;
import java.util.Objects;

/**
 * One line of an order, with the unit price as it was when the order was placed.
 *
 * @param productId the product
 * @param quantity units
 * @param unitPrice price of one unit at placing time
 */
public record OrderLine(ProductId productId, Quantity quantity, Money unitPrice) {

    /**
     * Validates presence.
     *
     * @param productId the product
     * @param quantity units
     * @param unitPrice unit price snapshot
     */
    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    /**
     * Unit price times quantity, HALF_EVEN at the currency's scale.
     *
     * @return the line total
     */
    public Money total() {
        return unitPrice.times(quantity.value());
    }
}
