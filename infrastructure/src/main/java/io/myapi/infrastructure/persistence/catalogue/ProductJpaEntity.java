package io.myapi.infrastructure.persistence.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * Row of {@code products}. Soft-deleted rows are invisible to every query Hibernate issues
 * ({@code @SQLRestriction}, R6.3); Bean Validation runs before every insert and update (R6.4).
 */
@Entity
@Table(name = "products")
@SQLRestriction("is_deleted = false")
class ProductJpaEntity {

    @Id
    @Column(name = "id", length = 26, nullable = false, updatable = false)
    @NotNull @Size(min = 26, max = 26)
    @Nullable String id;

    @Column(name = "sku", length = 32, nullable = false, updatable = false)
    @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{2,31}")
    @Nullable String sku;

    @Column(name = "name", length = 200, nullable = false)
    @NotNull @Size(min = 1, max = 200)
    @Nullable String name;

    @Column(name = "description", length = 2000, nullable = false)
    @NotNull @Size(max = 2000)
    @Nullable String description;

    @Column(name = "price_amount", precision = 19, scale = 4, nullable = false)
    @NotNull @DecimalMin("0")
    @Nullable BigDecimal priceAmount;

    @Column(name = "price_currency", length = 3, nullable = false)
    @NotNull @Size(min = 3, max = 3)
    @Nullable String priceCurrency;

    @Column(name = "stock", nullable = false)
    @Min(0) @Max(1_000_000)
    int stock;

    @Column(name = "is_deleted", nullable = false)
    boolean deleted;

    @Column(name = "created_at", nullable = false, updatable = false)
    @NotNull
    @Nullable Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @NotNull
    @Nullable Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    @Nullable Long version;
}
