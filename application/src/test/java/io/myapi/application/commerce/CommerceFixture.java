package io.myapi.application.commerce;

import io.myapi.application.catalogue.service.ProductManagementService;
import io.myapi.application.catalogue.service.ProductQueryService;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.support.MutableClock;
import io.myapi.application.order.service.OrderService;
import io.myapi.application.order.service.PlaceOrderService;
import io.myapi.application.shared.RetryPolicy;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.application.shared.UseCaseLog;
import io.myapi.domain.shared.Ulid;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The catalogue and order services over in-memory ports. */
final class CommerceFixture {

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
    final InMemoryProductRepository products = new InMemoryProductRepository();
    final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    final List<String> warnings = new ArrayList<>();
    final List<Long> sleeps = new ArrayList<>();
    private final AtomicLong counter = new AtomicLong();
    final TransactionRunner transactions = new TransactionRunner() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    final UseCaseLog log = new UseCaseLog() {
        @Override
        public void info(String useCase, String userId, Map<String, String> fields, String message) {
        }

        @Override
        public void warn(String useCase, String userId, Map<String, String> fields, String message) {
            warnings.add(useCase + ": " + message + " " + fields);
        }
    };
    final RetryPolicy retry = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(100), bound -> bound, sleeps::add);
    final ProductManagementService management = new ProductManagementService(products,
            () -> new Ulid(String.format("01ARZ3NDEKTSV4RRFF%08d", counter.incrementAndGet())), transactions, log, clock);
    final ProductQueryService queries = new ProductQueryService(products);
    final PlaceOrderService placing = new PlaceOrderService(products, orders,
            () -> new Ulid(String.format("01BX5ZZKBKACTAV9WE%08d", counter.incrementAndGet())), transactions, retry, log, clock);
    final OrderService orderService = new OrderService(orders, products, transactions, retry, log, clock);

    static Caller caller(String ulid, Role role) {
        return new Caller(UserId.parse(ulid), Role.permissionsOf(EnumSet.of(role)), Optional.of("s"), Optional.empty(), false);
    }

    static final Caller MANAGER = caller("01ARZ3NDEKTSV4RRFFQ69G5FA1", Role.MANAGER);
    static final Caller ALICE = caller("01ARZ3NDEKTSV4RRFFQ69G5FA2", Role.CUSTOMER);
    static final Caller BOB = caller("01ARZ3NDEKTSV4RRFFQ69G5FA3", Role.CUSTOMER);
}
