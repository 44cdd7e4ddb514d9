package io.myapi.application.order.service;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.order.port.in.CancelOrderUseCase;
import io.myapi.application.order.port.in.ChangeOrderStatusCommand;
import io.myapi.application.order.port.in.ChangeOrderStatusUseCase;
import io.myapi.application.order.port.in.GetOrderUseCase;
import io.myapi.application.order.port.in.ListOrdersQuery;
import io.myapi.application.order.port.in.ListOrdersUseCase;
import io.myapi.application.order.port.in.OrderPage;
import io.myapi.application.order.port.in.OrderReference;
import io.myapi.application.shared.RetryPolicy;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.application.shared.UseCaseLog;
import io.myapi.application.shared.Violations;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderId;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.order.OrderStatus;
import io.myapi.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reading orders and moving them along their life cycle. Object-level checks live here (R12.1):
 * a customer sees and cancels only their own orders, and another customer's order is "not
 * found", never "forbidden", so its existence is not confirmed.
 */
public final class OrderService implements ListOrdersUseCase, GetOrderUseCase, CancelOrderUseCase, ChangeOrderStatusUseCase {

    /** Largest page. */
    public static final int MAX_LIMIT = 100;

    private final OrderRepository orders;
    private final ProductRepository products;
    private final TransactionRunner transactions;
    private final RetryPolicy retry;
    private final UseCaseLog log;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param orders order storage
     * @param products product storage, to put stock back on cancellation
     * @param transactions transaction boundary
     * @param retry retries of a cancellation that lost a stock race
     * @param log structured use-case log
     * @param clock time source
     */
    public OrderService(OrderRepository orders, ProductRepository products, TransactionRunner transactions, RetryPolicy retry,
            UseCaseLog log, Clock clock) {
        this.orders = orders;
        this.products = products;
        this.transactions = transactions;
        this.retry = retry;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public OrderPage list(ListOrdersQuery input) {
        Violations violations = new Violations();
        if (input.skip() < 0) {
            violations.add("skip", "range", "must be 0 or more");
        }
        if (input.limit() < 1 || input.limit() > MAX_LIMIT) {
            violations.add("limit", "range", "must be 1 to " + MAX_LIMIT);
        }
        violations.throwIfAny();
        Caller caller = input.caller();
        if (isManager(caller)) {
            return new OrderPage(orders.listAll(input.skip(), input.limit()), orders.count(), input.skip(), input.limit());
        }
        requireCustomer(caller);
        return new OrderPage(orders.listByOwner(caller.userId(), input.skip(), input.limit()), orders.countByOwner(caller.userId()),
                input.skip(), input.limit());
    }

    @Override
    public Order get(OrderReference input) {
        return visible(input);
    }

    @Override
    public Order cancel(OrderReference input) {
        String userId = input.caller().userId().toString();
        Order cancelled = retry.run(() -> transactions.inTransaction(() -> {
            Order order = visible(input);
            Instant now = clock.instant();
            order.cancel(isManager(input.caller()), now);
            // Id order, as when placing, so that cancellations and orders never deadlock.
            order.lines().stream().sorted(java.util.Comparator.comparing(line -> line.productId().toString())).forEach(line ->
                    products.findById(line.productId()).ifPresent(product -> {
                        product.release(line.quantity(), now);
                        products.save(product);
                    }));
            orders.save(order);
            return order;
        }), attempt -> log.warn("cancel_order", userId, Map.of("attempt", Integer.toString(attempt)),
                "stock changed concurrently; retrying"));
        log.info("cancel_order", input.caller().userId().toString(), Map.of("order_id", cancelled.id().toString()), "order cancelled");
        return cancelled;
    }

    @Override
    public Order change(ChangeOrderStatusCommand input) {
        if (!isManager(input.caller())) {
            throw new PermissionDeniedException("needs " + Permission.ORDER_MANAGE);
        }
        Violations violations = new Violations();
        Optional<OrderStatus> next = parseStatus(input.status(), violations);
        violations.throwIfAny();
        if (next.get() == OrderStatus.CANCELLED) {
            return cancel(new OrderReference(input.caller(), input.orderId()));
        }
        Order changed = transactions.inTransaction(() -> {
            Order order = visible(new OrderReference(input.caller(), input.orderId()));
            order.moveTo(next.get(), clock.instant());
            orders.save(order);
            return order;
        });
        log.info("change_order_status", input.caller().userId().toString(),
                Map.of("order_id", changed.id().toString(), "status", changed.status().name()), "order status changed");
        return changed;
    }

    private Order visible(OrderReference input) {
        Caller caller = input.caller();
        if (!isManager(caller)) {
            requireCustomer(caller);
        }
        Violations violations = new Violations();
        Optional<OrderId> id = violations.check("id", () -> OrderId.parse(input.orderId()));
        violations.throwIfAny();
        return orders.findById(id.orElseThrow())
                .filter(order -> isManager(caller) || order.owner().equals(caller.userId()))
                .orElseThrow(() -> new ResourceNotFoundException("no such order for the caller"));
    }

    private static Optional<OrderStatus> parseStatus(String text, Violations violations) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (OrderStatus status : new OrderStatus[] {OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.CANCELLED}) {
            if (status.name().equals(wanted)) {
                return Optional.of(status);
            }
        }
        violations.add("status", "invalid_value", "must be PAID, SHIPPED or CANCELLED");
        return Optional.empty();
    }

    private static boolean isManager(Caller caller) {
        return caller.permissions().contains(Permission.ORDER_MANAGE);
    }

    private static void requireCustomer(Caller caller) {
        if (!caller.permissions().contains(Permission.ORDER_OWN)) {
            throw new PermissionDeniedException("needs " + Permission.ORDER_OWN);
        }
    }
}
