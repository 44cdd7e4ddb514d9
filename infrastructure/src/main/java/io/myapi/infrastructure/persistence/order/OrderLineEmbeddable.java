package io.myapi.infrastructure.persistence.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One row of {@code order_lines}. */
@Embeddable
class OrderLineEmbeddable {

    @Column(name = "product_id", length = 26, nullable = false)
    @Nullable String productId;

    @Column(name = "quantity", nullable = false)
    int quantity;

    @Column(name = "unit_price_amount", precision = 19, scale = 4, nullable = false)
    @Nullable BigDecimal unitPriceAmount;

    @Column(name = "unit_price_currency", length = 3, nullable = false)
    @Nullable String unitPriceCurrency;
}
