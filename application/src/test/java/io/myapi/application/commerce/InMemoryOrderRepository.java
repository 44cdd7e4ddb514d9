package io.myapi.application.commerce;

import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderId;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Orders in a map (R11.4). */
public final class InMemoryOrderRepository implements OrderRepository {

    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();

    @Override
    public void save(Order order) {
        orders.put(order.id(), order);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public List<Order> listByOwner(UserId owner, int skip, int limit) {
        return orders.values().stream().filter(o -> o.owner().equals(owner))
                .sorted(Comparator.comparing(Order::createdAt).thenComparing(o -> o.id().toString()).reversed())
                .skip(skip).limit(limit).toList();
    }

    @Override
    public long countByOwner(UserId owner) {
        return orders.values().stream().filter(o -> o.owner().equals(owner)).count();
    }

    @Override
    public List<Order> listAll(int skip, int limit) {
        return orders.values().stream().sorted(Comparator.comparing(Order::createdAt).reversed()).skip(skip).limit(limit).toList();
    }

    @Override
    public long count() {
        return orders.size();
    }
}
