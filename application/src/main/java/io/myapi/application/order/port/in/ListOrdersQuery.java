package io.myapi.application.order.port.in;

import io.myapi.application.identity.port.in.Caller;

/**
 * A page request: a customer sees their own orders, a manager every order.
 *
 * @param caller who asks
 * @param skip rows to skip
 * @param limit page size, 1 to 100
 */
public record ListOrdersQuery(Caller caller, int skip, int limit) {
}
