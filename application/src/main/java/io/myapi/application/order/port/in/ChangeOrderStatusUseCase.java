package io.myapi.application.order.port.in;

import io.myapi.domain.order.Order;

/** Moves an order along PLACED, PAID, SHIPPED (managers). */
public interface ChangeOrderStatusUseCase {

    /**
     * Moves an order along PLACED, PAID, SHIPPED (managers).
     *
     * @param input the input
     * @return the order
     */
    Order change(ChangeOrderStatusCommand input);
}
