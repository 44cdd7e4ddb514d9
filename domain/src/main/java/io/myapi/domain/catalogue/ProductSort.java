package io.myapi.domain.catalogue;

import io.myapi.domain.shared.InvalidFieldException;
import java.util.Locale;

/** The orders a product listing may be sorted in: a closed list, so no client text reaches a query. */
public enum ProductSort {
    /** Oldest first (the default). */
    CREATED_AT_ASC("created_at"),
    /** Newest first. */
    CREATED_AT_DESC("-created_at"),
    /** By name, A to Z. */
    NAME_ASC("name"),
    /** By name, Z to A. */
    NAME_DESC("-name"),
    /** Cheapest first. */
    PRICE_ASC("price"),
    /** Dearest first. */
    PRICE_DESC("-price");

    private final String parameter;

    ProductSort(String parameter) {
        this.parameter = parameter;
    }

    /**
     * The value of the {@code sort} parameter.
     *
     * @return such as {@code -price}
     */
    public String parameter() {
        return parameter;
    }

    /**
     * Parses the {@code sort} parameter.
     *
     * @param text such as {@code price} or {@code -created_at}
     * @return the sort
     * @throws InvalidFieldException if it is not one of the listed values
     */
    public static ProductSort parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ProductSort sort : values()) {
            if (sort.parameter.equals(wanted)) {
                return sort;
            }
        }
        throw new InvalidFieldException("sort", "not one of created_at, name, price (prefix - for descending)");
    }
}
