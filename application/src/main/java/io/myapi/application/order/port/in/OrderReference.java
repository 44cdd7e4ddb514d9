package io.myapi.application.order.port.in;

import io.myapi.application.identity.port.in.Caller;

/**
 * A caller naming one order.
 *
 * @param caller who asks
 * @param orderId the order, as received
 */
public record OrderReference(Caller caller, String orderId) {
}
