package io.myapi.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.shared.CurrencyMismatchException;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.Money;
import io.myapi.domain.shared.Quantity;
import io.myapi.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order aggregate: computed totals and the status life cycle. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final ProductId MUG = ProductId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV");
    private static final ProductId LAMP = ProductId.parse("01BX5ZZKBKACTAV9WEVGEMMVRZ");

    private static Order order() {
        return Order.place(OrderId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAW"), UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAX"), List.of(
                new OrderLine(MUG, new Quantity(3), Money.of("0.10", "EUR")),
                new OrderLine(LAMP, new Quantity(2), Money.of("19.99", "EUR"))), NOW);
    }

    @Test
    @Tag("R4.3")
    void theTotalIsTheExactSumOfTheLines() {
        assertThat(order().total()).isEqualTo(Money.of("40.28", "EUR"));
        assertThat(order().status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void aPlacedOrderIsPaidThenShippedAndNothingElse() {
        Order order = order();
        order.moveTo(OrderStatus.PAID, NOW);
        order.moveTo(OrderStatus.SHIPPED, NOW);

        assertThatThrownBy(() -> order.moveTo(OrderStatus.PAID, NOW)).isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> order.cancel(true, NOW)).isInstanceOf(IllegalStatusChangeException.class);
        assertThatThrownBy(() -> order().moveTo(OrderStatus.SHIPPED, NOW)).isInstanceOf(IllegalStatusChangeException.class);
    }

    @Test
    void theOwnerCancelsOnlyWhilePlacedAManagerAlsoOncePaid() {
        Order owners = order();
        owners.cancel(false, NOW);
        assertThat(owners.status()).isEqualTo(OrderStatus.CANCELLED);

        Order paid = order();
        paid.moveTo(OrderStatus.PAID, NOW);
        assertThatThrownBy(() -> paid.cancel(false, NOW)).isInstanceOf(IllegalStatusChangeException.class);
        paid.cancel(true, NOW);
        assertThat(paid.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void anOrderHasOneCurrencyAndAtLeastOneLine() {
        assertThatThrownBy(() -> Order.place(OrderId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAW"), UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAX"),
                List.of(new OrderLine(MUG, new Quantity(1), Money.of("1.00", "EUR")),
                        new OrderLine(LAMP, new Quantity(1), Money.of("1.00", "USD"))), NOW))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Order.place(OrderId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAW"), UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAX"),
                List.of(), NOW)).isInstanceOf(InvalidFieldException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE})
    void zeroNegativeAndHugeQuantitiesAreRefused(int units) {
        assertThatThrownBy(() -> new Quantity(units)).isInstanceOf(InvalidFieldException.class);
    }
}
