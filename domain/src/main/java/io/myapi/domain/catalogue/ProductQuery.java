package io.myapi.domain.catalogue;

import io.myapi.domain.shared.InvalidFieldException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters, sort and page of a product listing. Every value is data for a parameterised query,
 * never text to splice into one.
 *
 * @param text words to find in the name or description
 * @param minPrice lowest price
 * @param maxPrice highest price
 * @param currency only prices in this currency
 * @param sort order of the results
 * @param skip rows to skip
 * @param limit most rows, 1 to {@value #MAX_LIMIT}
 */
public record ProductQuery(
        Optional<String> text,
        Optional<BigDecimal> minPrice,
        Optional<BigDecimal> maxPrice,
        Optional<Currency> currency,
        ProductSort sort,
        int skip,
        int limit) {

    /** Largest page. */
    public static final int MAX_LIMIT = 100;
    /** Longest search text. */
    public static final int MAX_TEXT = 100;
    /** Largest skip, so that deep offsets cannot be used to make the database work hard. */
    public static final int MAX_SKIP = 100_000;

    /**
     * Validates bounds.
     *
     * @param text search words
     * @param minPrice lowest price
     * @param maxPrice highest price
     * @param currency currency filter
     * @param sort order
     * @param skip rows to skip
     * @param limit page size
     * @throws InvalidFieldException naming the offending parameter
     */
    public ProductQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(minPrice, "minPrice");
        Objects.requireNonNull(maxPrice, "maxPrice");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(sort, "sort");
        if (text.filter(t -> t.length() > MAX_TEXT).isPresent()) {
            throw new InvalidFieldException("q", "longer than " + MAX_TEXT);
        }
        if (text.filter(t -> t.chars().anyMatch(Character::isISOControl)).isPresent()) {
            throw new InvalidFieldException("q", "contains control characters");
        }
        if (skip < 0 || skip > MAX_SKIP) {
            throw new InvalidFieldException("skip", "must be 0 to " + MAX_SKIP);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "must be 1 to " + MAX_LIMIT);
        }
        if (minPrice.filter(p -> p.signum() < 0).isPresent()) {
            throw new InvalidFieldException("min_price", "is negative");
        }
        if (maxPrice.filter(p -> p.signum() < 0).isPresent()) {
            throw new InvalidFieldException("max_price", "is negative");
        }
        if (minPrice.isPresent() && maxPrice.isPresent() && minPrice.get().compareTo(maxPrice.get()) > 0) {
            throw new InvalidFieldException("min_price", "is above max_price");
        }
    }
}
