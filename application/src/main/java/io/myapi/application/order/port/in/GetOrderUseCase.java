package io.myapi.application.order.port.in;

import io.myapi.domain.order.Order;

/** Reads an order the caller may see; another customer's order is not found (R12.1). */
public interface GetOrderUseCase {

    /**
     * Reads an order the caller may see; another customer's order is not found (R12.1).
     *
     * @param input the input
     * @return the order
     */
    Order get(OrderReference input);
}
