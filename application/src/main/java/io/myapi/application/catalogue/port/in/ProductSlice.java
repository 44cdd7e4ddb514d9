package io.myapi.application.catalogue.port.in;

import io.myapi.domain.catalogue.Product;
import java.util.List;
import java.util.Optional;

/**
 * A cursor page of products (v2).
 *
 * @param items the products
 * @param nextCursor the cursor of the next page, absent on the last
 */
public record ProductSlice(List<Product> items, Optional<String> nextCursor) {

    /**
     * Copies the items.
     *
     * @param items the products
     * @param nextCursor next cursor
     */
    public ProductSlice {
        items = List.copyOf(items);
    }
}
