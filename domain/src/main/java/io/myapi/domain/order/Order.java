package io.myapi.domain.order;

import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.Money;
import io.myapi.domain.user.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's order. Its total is computed from its lines, never given; its status moves only
 * along PLACED, PAID, SHIPPED, or to CANCELLED.
 */
public final class Order {

    /** Most lines in one order. */
    public static final int MAX_LINES = 100;

    private static final Map<OrderStatus, Set<OrderStatus>> NEXT = Map.of(
            OrderStatus.PLACED, EnumSet.of(OrderStatus.PAID, OrderStatus.CANCELLED),
            OrderStatus.PAID, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED),
            OrderStatus.SHIPPED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));

    private final OrderId id;
    private final UserId owner;
    private final List<OrderLine> lines;
    private final Money total;
    private OrderStatus status;
    private final Instant createdAt;
    private Instant updatedAt;

    /**
     * Rebuilds an order from storage.
     *
     * @param id identifier
     * @param owner the customer
     * @param lines at least one line, one currency
     * @param status the status
     * @param createdAt placing time
     * @param updatedAt last change
     */
    public Order(OrderId id, UserId owner, List<OrderLine> lines, OrderStatus status, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lines = validLines(lines);
        this.total = totalOf(this.lines);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Places a new order.
     *
     * @param id identifier
     * @param owner the customer
     * @param lines the lines, with their price snapshots
     * @param now placing time
     * @return the order, PLACED
     */
    public static Order place(OrderId id, UserId owner, List<OrderLine> lines, Instant now) {
        return new Order(id, owner, lines, OrderStatus.PLACED, now, now);
    }

    /**
     * Cancels the order. Its owner may cancel only while it is PLACED; a manager also once PAID.
     *
     * @param byManager whether a manager (not the owner) cancels
     * @param now time of the change
     * @throws IllegalStatusChangeException if the order is past the point of cancelling
     */
    public void cancel(boolean byManager, Instant now) {
        if (!byManager && status != OrderStatus.PLACED) {
            throw new IllegalStatusChangeException(status, OrderStatus.CANCELLED);
        }
        moveTo(OrderStatus.CANCELLED, now);
    }

    /**
     * Moves the order along its life cycle.
     *
     * @param next the next status
     * @param now time of the change
     * @throws IllegalStatusChangeException if the current status does not lead there
     */
    public void moveTo(OrderStatus next, Instant now) {
        if (!NEXT.get(status).contains(next)) {
            throw new IllegalStatusChangeException(status, next);
        }
        status = next;
        updatedAt = now;
    }

    /**
     * The identifier.
     *
     * @return the identifier
     */
    public OrderId id() {
        return id;
    }

    /**
     * The customer who placed it.
     *
     * @return the owner
     */
    public UserId owner() {
        return owner;
    }

    /**
     * The lines.
     *
     * @return an unmodifiable list
     */
    public List<OrderLine> lines() {
        return lines;
    }

    /**
     * The sum of the line totals.
     *
     * @return the total
     */
    public Money total() {
        return total;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public OrderStatus status() {
        return status;
    }

    /**
     * When it was placed.
     *
     * @return the time
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * When it last changed.
     *
     * @return the time
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    private static List<OrderLine> validLines(List<OrderLine> lines) {
        Objects.requireNonNull(lines, "lines");
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new InvalidFieldException("lines", "must hold 1 to " + MAX_LINES + " lines");
        }
        return List.copyOf(lines);
    }

    private static Money totalOf(List<OrderLine> lines) {
        Money sum = Money.zero(lines.get(0).unitPrice().currency());
        for (OrderLine line : lines) {
            sum = sum.plus(line.total());
        }
        return sum;
    }

    @Override
    public String toString() {
        return "Order[id=" + id + ", status=" + status + "]";
    }
}
