package io.myapi.infrastructure.persistence.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Row of {@code orders}, lines in {@code order_lines}. */
@Entity
@Table(name = "orders")
class OrderJpaEntity {

    @Id
    @Column(name = "id", length = 26, nullable = false, updatable = false)
    @Nullable String id;

    @Column(name = "owner_id", length = 26, nullable = false, updatable = false)
    @Nullable String ownerId;

    @Column(name = "status", length = 16, nullable = false)
    @Nullable String status;

    @Column(name = "total_amount", precision = 19, scale = 4, nullable = false)
    @Nullable BigDecimal totalAmount;

    @Column(name = "total_currency", length = 3, nullable = false)
    @Nullable String totalCurrency;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    List<OrderLineEmbeddable> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    @Nullable Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @Nullable Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    @Nullable Long version;
}
