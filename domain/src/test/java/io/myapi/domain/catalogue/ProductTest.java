package io.myapi.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.Money;
import io.myapi.domain.shared.Quantity;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Products: stock never negative, SKUs normalised, soft delete. */
class ProductTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static Product product(int stock) {
        return Product.create(ProductId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), new Sku("mug-1"), "Mug", "", Money.of("5.00", "EUR"), stock, NOW);
    }

    @Test
    @Tag("R11.3")
    void reservingNeverTakesStockBelowZero() {
        qt().forAll(integers().between(0, 1000), integers().between(1, 1000)).check((stock, wanted) -> {
            Product product = product(stock);
            try {
                product.reserve(new Quantity(wanted), NOW);
                return wanted <= stock && product.stock() == stock - wanted;
            } catch (InsufficientStockException e) {
                return wanted > stock && product.stock() == stock;
            }
        });
    }

    @Test
    @Tag("R11.3")
    void skusAreUpperCaseLettersDigitsAndHyphensOnly() {
        qt().forAll(strings().ascii().ofLengthBetween(0, 40)).check(text -> {
            boolean shaped = text.strip().toUpperCase(java.util.Locale.ROOT).matches("[A-Z0-9][A-Z0-9-]{2,31}");
            try {
                String value = new Sku(text).value();
                return shaped && value.equals(text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (InvalidFieldException e) {
                return !shaped;
            }
        });
    }

    @Test
    void aDeletedProductCannotBeReserved() {
        Product product = product(5);
        product.delete(NOW);

        assertThat(product.deleted()).isTrue();
        assertThatThrownBy(() -> product.reserve(new Quantity(1), NOW)).isInstanceOf(InsufficientStockException.class);
    }
}
