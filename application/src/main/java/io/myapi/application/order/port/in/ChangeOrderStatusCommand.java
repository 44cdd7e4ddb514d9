package io.myapi.application.order.port.in;

import io.myapi.application.identity.port.in.Caller;

/**
 * Input of a status change by a manager.
 *
 * @param caller a manager
 * @param orderId the order, as received
 * @param status the next status, as received
 */
public record ChangeOrderStatusCommand(Caller caller, String orderId, String status) {
}
