package io.myapi.application.order.port.in;

import java.util.Objects;

/**
 * One requested line, unvalidated.
 *
 * @param productId the product, as received
 * @param quantity units
 */
public record OrderLineDraft(String productId, int quantity) {

    /**
     * Validates presence.
     *
     * @param productId the product
     * @param quantity units
     */
    public OrderLineDraft {
        Objects.requireNonNull(productId, "productId");
    }
}
