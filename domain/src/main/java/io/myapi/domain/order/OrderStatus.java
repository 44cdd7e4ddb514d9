package io.myapi.domain.order;

/** Where an order is in its life: PLACED, then PAID, then SHIPPED; or CANCELLED. */
public enum OrderStatus {
    /** Placed by the customer; stock is reserved. */
    PLACED,
    /** Paid. */
    PAID,
    /** Shipped; final. */
    SHIPPED,
    /** Cancelled; final; its stock went back. */
    CANCELLED
}
