package io.myapi.domain.catalogue;

import io.myapi.domain.shared.InvalidFieldException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stock-keeping unit: 3 to 32 upper-case letters, digits and hyphens, starting with a letter or
 * digit; given in any case, kept in upper case.
 *
 * @param value the normalised SKU
 */
public record Sku(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,31}$");

    /**
     * Normalises and validates.
     *
     * @param value the SKU as given
     * @throws InvalidFieldException if it is not a SKU
     */
    public Sku {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidFieldException("sku", "not 3 to 32 letters, digits and hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
