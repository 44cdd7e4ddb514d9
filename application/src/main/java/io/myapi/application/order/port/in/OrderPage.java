package io.myapi.application.order.port.in;

import io.myapi.domain.order.Order;
import java.util.List;

/**
 * A page of orders.
 *
 * @param items the orders
 * @param total how many the caller may see
 * @param skip rows skipped
 * @param limit page size
 */
public record OrderPage(List<Order> items, long total, int skip, int limit) {

    /**
     * Copies the items.
     *
     * @param items the orders
     * @param total how many
     * @param skip rows skipped
     * @param limit page size
     */
    public OrderPage {
        items = List.copyOf(items);
    }
}
