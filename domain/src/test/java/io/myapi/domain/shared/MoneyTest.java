package io.myapi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money's invariants, as properties over generated amounts. */
class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money cents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2), EUR);
    }

    @Test
    @Tag("R4.3")
    @Tag("R11.3")
    void additionIsExactAndCommutativeAtTheCurrencyScale() {
        qt().forAll(longs().between(0, 100_000_000_000L), longs().between(0, 100_000_000_000L)).check((a, b) -> {
            Money sum = cents(a).plus(cents(b));
            return sum.equals(cents(b).plus(cents(a)))
                    && sum.amount().equals(BigDecimal.valueOf(a + b, 2))
                    && sum.amount().scale() == 2;
        });
    }

    @Test
    @Tag("R4.3")
    @Tag("R11.3")
    void multiplicationEqualsRepeatedAddition() {
        qt().forAll(longs().between(0, 10_000_000L), integers().between(0, 50)).check((unit, count) -> {
            Money repeated = Money.zero(EUR);
            for (int i = 0; i < count; i++) {
                repeated = repeated.plus(cents(unit));
            }
            return cents(unit).times(count).equals(repeated);
        });
    }

    @Test
    @Tag("R4.5")
    @Tag("R11.3")
    void equalityIsByValueWhateverTheWrittenScale() {
        qt().forAll(longs().between(0, 1_000_000_000L)).check(cents -> {
            Money a = Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), "EUR");
            Money b = new Money(BigDecimal.valueOf(cents, 2).stripTrailingZeros(), EUR);
            return a.equals(b) && a.hashCode() == b.hashCode() && a.amountText().equals(b.amountText());
        });
    }

    @Test
    @Tag("R4.1")
    @Tag("R10.4")
    void moneyIsAnImmutableValue() {
        Money price = Money.of("2.50", "EUR");
        Money sum = price.plus(Money.of("1.00", "EUR"));
        Money product = price.times(3);

        assertThat(price.amountText()).isEqualTo("2.50");
        assertThat(sum.amountText()).isEqualTo("3.50");
        assertThat(product.amountText()).isEqualTo("7.50");
        assertThat(Money.class.isRecord()).isTrue();
        assertThat(java.lang.reflect.Modifier.isFinal(Money.class.getModifiers())).isTrue();
    }

    @ParameterizedTest
    @Tag("R4.3")
    @CsvSource({"12.345, EUR, amount", "1.5, JPY, amount", "-1.00, EUR, amount", "12.500, EUR, amount", "100.0, JPY, amount", "12, EURO, currency", "12, XYZ, currency", "12, XXX, currency", "12, XAU, currency",
            "1e3, EUR, amount", "0x10, EUR, amount", "99999999999999, EUR, amount"})
    void overPreciseNegativeOrMalformedAmountsAndUnknownCurrenciesAreRefused(String amount, String currency, String field) {
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    @Tag("R4.3")
    void currenciesHaveTheirOwnScaleAndNeverMix() {
        assertThat(Money.of("1500", "JPY").amountText()).isEqualTo("1500");
        assertThat(Money.of("1.5", "EUR").amountText()).isEqualTo("1.50");
        assertThat(Money.of("1.234", "BHD").amountText()).isEqualTo("1.234");
        assertThatThrownBy(() -> Money.of("1.00", "EUR").plus(new Money(BigDecimal.ONE, JPY)))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    @Tag("R4.3")
    void productsRoundHalfEvenAtTheCurrencyScale() {
        assertThat(new Money(new BigDecimal("0.125"), Currency.getInstance("BHD")).times(1).amountText()).isEqualTo("0.125");
        assertThat(cents(1).times(3).amountText()).isEqualTo("0.03");
        assertThat(Money.of("0.10", "EUR").times(3).amountText()).isEqualTo("0.30");
    }
}
