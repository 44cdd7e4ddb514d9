package io.myapi.domain.shared;

/**
 * How many units of a product an order line holds: 1 to {@value #MAX}.
 *
 * @param value the count
 */
public record Quantity(int value) {

    /** Most units on one line. */
    public static final int MAX = 1000;

    /**
     * Validates the range.
     *
     * @param value the count
     * @throws InvalidFieldException if it is not 1 to {@value #MAX}
     */
    public Quantity {
        if (value < 1 || value > MAX) {
            throw new InvalidFieldException("quantity", "must be 1 to " + MAX);
        }
    }
}
