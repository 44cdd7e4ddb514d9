package io.myapi.application.order.port.in;

/** Lists the caller's orders, or every order for a manager. */
public interface ListOrdersUseCase {

    /**
     * Lists the caller's orders, or every order for a manager.
     *
     * @param input the input
     * @return the page
     */
    OrderPage list(ListOrdersQuery input);
}
