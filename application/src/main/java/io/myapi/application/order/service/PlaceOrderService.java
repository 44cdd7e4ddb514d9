package io.myapi.application.order.service;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.order.port.in.OrderLineDraft;
import io.myapi.application.order.port.in.PlaceOrderCommand;
import io.myapi.application.order.port.in.PlaceOrderUseCase;
import io.myapi.application.shared.RetryPolicy;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.application.shared.UseCaseLog;
import io.myapi.application.shared.Violations;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderId;
import io.myapi.domain.order.OrderLine;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.shared.Quantity;
import io.myapi.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places an order. Unit prices are taken from the catalogue, never from the client; stock is
 * reserved under optimistic locking, and a lost race is retried with exponential backoff and
 * logged as a warning (R22.6), so concurrent orders never oversell.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

    private static final String USE_CASE = "place_order";

    private final ProductRepository products;
    private final OrderRepository orders;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final RetryPolicy retry;
    private final UseCaseLog log;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param products product storage
     * @param orders order storage
     * @param ids identifier source
     * @param transactions transaction boundary: one per attempt
     * @param retry retries of lost optimistic-lock races
     * @param log structured use-case log
     * @param clock time source
     */
    public PlaceOrderService(ProductRepository products, OrderRepository orders, IdGenerator ids, TransactionRunner transactions,
            RetryPolicy retry, UseCaseLog log, Clock clock) {
        this.products = products;
        this.orders = orders;
        this.ids = ids;
        this.transactions = transactions;
        this.retry = retry;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Order place(PlaceOrderCommand input) {
        if (!input.caller().permissions().contains(Permission.ORDER_OWN)) {
            throw new PermissionDeniedException("needs " + Permission.ORDER_OWN);
        }
        Map<ProductId, Quantity> wanted = validate(input.lines());
        String userId = input.caller().userId().toString();
        Order order = retry.run(() -> transactions.inTransaction(() -> placeOnce(input, wanted)),
                attempt -> log.warn(USE_CASE, userId, Map.of("attempt", Integer.toString(attempt)),
                        "stock changed concurrently; retrying"));
        log.info(USE_CASE, userId, Map.of("order_id", order.id().toString(), "lines", Integer.toString(order.lines().size())),
                "order placed");
        return order;
    }

    private Map<ProductId, Quantity> validate(List<OrderLineDraft> lines) {
        Violations violations = new Violations();
        if (lines.isEmpty() || lines.size() > Order.MAX_LINES) {
            violations.add("lines", "size", "must hold 1 to " + Order.MAX_LINES + " lines");
        }
        Map<ProductId, Quantity> wanted = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Violations line = violations.nested("lines[" + i + "].");
            OrderLineDraft draft = lines.get(i);
            Optional<ProductId> id = line.check("product_id", () -> ProductId.parse(draft.productId()));
            Optional<Quantity> quantity = line.check("quantity", () -> new Quantity(draft.quantity()));
            if (id.isPresent() && quantity.isPresent() && wanted.putIfAbsent(id.get(), quantity.get()) != null) {
                line.add("product_id", "duplicate", "appears on another line; use one line per product");
            }
        }
        violations.throwIfAny();
        return wanted;
    }

    private Order placeOnce(PlaceOrderCommand input, Map<ProductId, Quantity> wanted) {
        Map<ProductId, Product> found = products.findAllById(wanted.keySet()).stream()
                .collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a, HashMap::new));
        Violations violations = new Violations();
        int index = 0;
        for (ProductId id : wanted.keySet()) {
            if (!found.containsKey(id)) {
                violations.add("lines[" + index + "].product_id", "unknown_product", "no such product");
            }
            index++;
        }
        if (found.values().stream().map(p -> p.price().currency()).distinct().count() > 1) {
            violations.add("lines", "mixed_currencies", "all products of an order must be priced in one currency");
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        // Rows are locked in id order, whatever the order of the lines: two orders never wait on each other in a cycle.
        for (ProductId id : wanted.keySet().stream().sorted(java.util.Comparator.comparing(ProductId::toString)).toList()) {
            Product product = found.get(id);
            product.reserve(wanted.get(id), now);
            products.save(product);
        }
        List<OrderLine> lines = new ArrayList<>();
        for (Map.Entry<ProductId, Quantity> entry : wanted.entrySet()) {
            lines.add(new OrderLine(entry.getKey(), entry.getValue(), found.get(entry.getKey()).price()));
        }
        Violations totals = new Violations();
        Optional<Order> order = totals.check("lines", () -> Order.place(new OrderId(ids.next()), input.caller().userId(), lines, now));
        totals.throwIfAny();
        orders.save(order.orElseThrow());
        return order.get();
    }
}
