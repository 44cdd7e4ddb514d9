package io.myapi.application.catalogue.port.in;

import io.myapi.application.identity.port.in.Caller;
import java.util.Optional;

/**
 * Input of a partial update: only the present fields change; the SKU never does.
 *
 * @param caller a manager
 * @param productId the product, as received
 * @param name new name
 * @param description new description
 * @param priceAmount new price amount, with {@code priceCurrency}
 * @param priceCurrency new price currency, with {@code priceAmount}
 * @param stock new stock
 */
public record UpdateProductCommand(
        Caller caller,
        String productId,
        Optional<String> name,
        Optional<String> description,
        Optional<String> priceAmount,
        Optional<String> priceCurrency,
        Optional<Integer> stock) {
}
