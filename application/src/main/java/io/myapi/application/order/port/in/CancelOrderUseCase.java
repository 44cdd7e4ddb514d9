package io.myapi.application.order.port.in;

import io.myapi.domain.order.Order;

/** Cancels an order: its owner while PLACED, a manager until shipped; stock goes back. */
public interface CancelOrderUseCase {

    /**
     * Cancels an order: its owner while PLACED, a manager until shipped; stock goes back.
     *
     * @param input the input
     * @return the order
     */
    Order cancel(OrderReference input);
}
