package io.myapi.domain.catalogue;

import java.util.List;

/**
 * A page of products.
 *
 * @param items the products
 * @param total how many match the filters
 * @param skip rows skipped
 * @param limit page size asked for
 */
public record ProductPage(List<Product> items, long total, int skip, int limit) {

    /**
     * Copies the items.
     *
     * @param items the products
     * @param total how many match
     * @param skip rows skipped
     * @param limit page size
     */
    public ProductPage {
        items = List.copyOf(items);
    }
}
