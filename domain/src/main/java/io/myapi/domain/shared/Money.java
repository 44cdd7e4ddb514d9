package io.myapi.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A non-negative amount of one ISO 4217 currency, held as a {@link BigDecimal} at the currency's
 * scale (R4.3). An amount written with more decimals than the currency has is refused, never
 * rounded away ({@code 12.500 EUR} too: say {@code 12.50}); products
 * of money and quantities round HALF_EVEN to the currency's scale. Adding two currencies is an
 * error.
 *
 * @param amount the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Largest amount accepted: ten trillion units. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.9999");

    private static final Pattern AMOUNT_TEXT = Pattern.compile("^(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?$");
    private static final Pattern CURRENCY_TEXT = Pattern.compile("^[A-Z]{3}$");

    /**
     * Validates and normalises the scale.
     *
     * @param amount the amount
     * @param currency the currency
     * @throws InvalidFieldException if the amount is negative, too large or too precise
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.signum() < 0) {
            throw new InvalidFieldException("amount", "amount is negative");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidFieldException("amount", "amount is too large");
        }
        if (amount.scale() > digits) {
            throw new InvalidFieldException("amount", "amount is finer than the currency allows");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * Parses the wire form: the amount as a decimal string, the currency as its ISO code.
     *
     * @param amount such as {@code "12.50"}
     * @param currency such as {@code "EUR"}
     * @return the money
     * @throws InvalidFieldException naming {@code amount} or {@code currency}
     */
    public static Money of(String amount, String currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY_TEXT.matcher(currency).matches()) {
            throw new InvalidFieldException("currency", "not an ISO 4217 code");
        }
        Currency parsed;
        try {
            parsed = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("currency", "unknown ISO 4217 code");
        }
        if (parsed.getDefaultFractionDigits() < 0) {
            // XXX, XTS, XAU...: codes for testing, metals and "no currency" are not money we take.
            throw new InvalidFieldException("currency", "not a currency of payment");
        }
        if (!AMOUNT_TEXT.matcher(amount).matches()) {
            throw new InvalidFieldException("amount", "not a non-negative decimal with at most 4 decimals");
        }
        return new Money(new BigDecimal(amount), parsed);
    }

    /**
     * Parses a non-negative decimal amount of at most 4 decimals, without a currency (filters).
     *
     * @param text such as {@code "12.50"}
     * @param field the request field, for the error
     * @return the amount
     * @throws InvalidFieldException naming {@code field}
     */
    public static BigDecimal parseAmount(String text, String field) {
        if (!AMOUNT_TEXT.matcher(text).matches()) {
            throw new InvalidFieldException(field, "not a non-negative decimal with at most 4 decimals");
        }
        return new BigDecimal(text);
    }

    /**
     * Zero of a currency.
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The sum.
     *
     * @param other money of the same currency
     * @return this plus other
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This amount times a count, rounded HALF_EVEN to the currency's scale.
     *
     * @param count a non-negative count
     * @return the product
     */
    public Money times(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(amount.multiply(BigDecimal.valueOf(count)).setScale(digits, RoundingMode.HALF_EVEN), currency);
    }

    /**
     * The amount as the wire's decimal string.
     *
     * @return such as {@code "12.50"}
     */
    public String amountText() {
        return amount.toPlainString();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException();
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
