package io.myapi.infrastructure.persistence.order;

import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderId;
import io.myapi.domain.order.OrderLine;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.order.OrderStatus;
import io.myapi.domain.shared.DomainException;
import io.myapi.domain.shared.MapperException;
import io.myapi.domain.shared.Money;
import io.myapi.domain.shared.Quantity;
import io.myapi.domain.user.UserId;
import jakarta.persistence.EntityManager;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** {@link OrderRepository} on JPA. */
public class OrderPersistenceAdapter implements OrderRepository {

    private final SpringDataOrderRepository rows;
    private final EntityManager entityManager;

    OrderPersistenceAdapter(SpringDataOrderRepository rows, EntityManager entityManager) {
        this.rows = rows;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void save(Order order) {
        OrderJpaEntity row = rows.findById(order.id().toString()).orElseGet(OrderJpaEntity::new);
        row.id = order.id().toString();
        row.ownerId = order.owner().toString();
        row.status = order.status().name();
        row.totalAmount = order.total().amount();
        row.totalCurrency = order.total().currency().getCurrencyCode();
        row.createdAt = order.createdAt();
        row.updatedAt = order.updatedAt();
        if (row.lines.isEmpty()) {
            for (OrderLine line : order.lines()) {
                OrderLineEmbeddable embedded = new OrderLineEmbeddable();
                embedded.productId = line.productId().toString();
                embedded.quantity = line.quantity().value();
                embedded.unitPriceAmount = line.unitPrice().amount();
                embedded.unitPriceCurrency = line.unitPrice().currency().getCurrencyCode();
                row.lines.add(embedded);
            }
        }
        rows.save(row);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Order> findById(OrderId id) {
        return rows.findById(id.toString()).map(OrderPersistenceAdapter::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Order> listByOwner(UserId owner, int skip, int limit) {
        return entityManager.createQuery(
                        "select o from OrderJpaEntity o where o.ownerId = :owner order by o.createdAt desc, o.id desc", OrderJpaEntity.class)
                .setParameter("owner", owner.toString())
                .setFirstResult(skip)
                .setMaxResults(limit)
                .getResultList().stream().map(OrderPersistenceAdapter::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countByOwner(UserId owner) {
        return rows.countByOwnerId(owner.toString());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Order> listAll(int skip, int limit) {
        return entityManager.createQuery("select o from OrderJpaEntity o order by o.createdAt desc, o.id desc", OrderJpaEntity.class)
                .setFirstResult(skip)
                .setMaxResults(limit)
                .getResultList().stream().map(OrderPersistenceAdapter::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count() {
        return rows.count();
    }

    private static Order toDomain(OrderJpaEntity row) {
        try {
            List<OrderLine> lines = row.lines.stream().map(line -> new OrderLine(
                    ProductId.parse(Objects.requireNonNull(line.productId)),
                    new Quantity(line.quantity),
                    new Money(Objects.requireNonNull(line.unitPriceAmount).stripTrailingZeros(),
                            Currency.getInstance(Objects.requireNonNull(line.unitPriceCurrency))))).toList();
            return new Order(OrderId.parse(Objects.requireNonNull(row.id)), UserId.parse(Objects.requireNonNull(row.ownerId)), lines,
                    OrderStatus.valueOf(Objects.requireNonNull(row.status)), Objects.requireNonNull(row.createdAt),
                    Objects.requireNonNull(row.updatedAt));
        } catch (DomainException | IllegalArgumentException | NullPointerException e) {
            throw new MapperException("order", e);
        }
    }
}
