package io.myapi.domain.order;

import io.myapi.domain.shared.DomainException;

/** Raised when an order is asked to move to a status its current status does not lead to. */
public final class IllegalStatusChangeException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "ILLEGAL_STATUS_CHANGE";

    /**
     * Creates the exception.
     *
     * @param from the current status
     * @param to the status asked for
     */
    public IllegalStatusChangeException(OrderStatus from, OrderStatus to) {
        super("an order cannot go from " + from + " to " + to);
    }

    @Override
    public String code() {
        return CODE;
    }
}
