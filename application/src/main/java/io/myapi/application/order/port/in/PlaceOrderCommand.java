package io.myapi.application.order.port.in;

import io.myapi.application.identity.port.in.Caller;
import java.util.List;

/**
 * Input of placing an order: only product ids and quantities; prices, owner, status and total
 * are the server's (no mass assignment, R12.2).
 *
 * @param caller the customer
 * @param lines the requested lines
 */
public record PlaceOrderCommand(Caller caller, List<OrderLineDraft> lines) {

    /**
     * Copies the lines.
     *
     * @param caller the customer
     * @param lines the lines
     */
    public PlaceOrderCommand {
        lines = List.copyOf(lines);
    }
}
