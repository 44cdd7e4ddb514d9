package io.myapi.application.order.port.in;

import io.myapi.domain.order.Order;

/** Places an order, reserving stock safely under concurrency. */
public interface PlaceOrderUseCase {

    /**
     * Places an order, reserving stock safely under concurrency.
     *
     * @param input the input
     * @return the order
     */
    Order place(PlaceOrderCommand input);
}
