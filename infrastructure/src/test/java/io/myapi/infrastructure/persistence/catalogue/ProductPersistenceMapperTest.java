package io.myapi.infrastructure.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.Sku;
import io.myapi.domain.shared.MapperException;
import io.myapi.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Product rows: round trips, and corrupt rows wrapped in MapperException. */
class ProductPersistenceMapperTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    @Tag("R11.2")
    void productsRoundTripThroughTheirRows() {
        qt().forAll(longs().between(0, 99_999_999_999L), integers().between(0, Product.MAX_STOCK)).check((cents, stock) -> {
            Product original = Product.create(ProductId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), new Sku("MUG-1"), "Mug", "",
                    new Money(BigDecimal.valueOf(cents, 2), Currency.getInstance("EUR")), stock, NOW);
            ProductJpaEntity row = new ProductJpaEntity();
            ProductPersistenceMapper.copy(original, row);
            row.priceAmount = row.priceAmount.setScale(4);
            Product back = ProductPersistenceMapper.toDomain(row);
            return back.price().equals(original.price()) && back.stock() == stock && back.sku().equals(original.sku());
        });
    }

    @Test
    @Tag("R5.5")
    @Tag("R5.1")
    void aCorruptRowIsAMapperErrorAndAMissingDescriptionIsTolerated() {
        ProductJpaEntity row = new ProductJpaEntity();
        ProductPersistenceMapper.copy(Product.create(ProductId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), new Sku("MUG-1"), "Mug", "x",
                Money.of("1.00", "EUR"), 1, NOW), row);
        row.description = null;
        assertThat(ProductPersistenceMapper.toDomain(row).description()).isEmpty();

        row.priceCurrency = "??";
        assertThatThrownBy(() -> ProductPersistenceMapper.toDomain(row)).isInstanceOf(MapperException.class);
        row.priceCurrency = "EUR";
        row.stock = -3;
        assertThatThrownBy(() -> ProductPersistenceMapper.toDomain(row)).isInstanceOf(MapperException.class);
        row.stock = 1;
        row.sku = null;
        assertThatThrownBy(() -> ProductPersistenceMapper.toDomain(row)).isInstanceOf(MapperException.class);
    }
}
