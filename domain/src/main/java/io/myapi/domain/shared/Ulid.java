package io.myapi.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A ULID (26 characters of Crockford base32, upper case), the identifier of every entity.
 *
 * <p>Validation is by regular expression (R4.2): the first character is at most {@code 7} so
 * the 128-bit value cannot overflow; the letters I, L, O and U are not part of the alphabet.
 * Equality and hashing are by value (R4.5). Generation lives outside the domain, behind the
 * {@code IdGenerator} port, because it needs a secure random source.
 *
 * @param value the canonical upper-case text form
 */
public record Ulid(String value) implements Comparable<Ulid> {

    /** Canonical ULID text form. */
    public static final Pattern ULID_PATTERN = Pattern.compile("^[0-7][0-9A-HJKMNP-TV-Z]{25}$");

    /** Length of the canonical text form. */
    public static final int ULID_LENGTH = 26;

    /**
     * Validates the canonical form.
     *
     * @param value the canonical upper-case text form
     * @throws InvalidIdentifierException if {@code value} is not a canonical ULID
     */
    public Ulid {
        Objects.requireNonNull(value, "value");
        if (value.length() != ULID_LENGTH || !ULID_PATTERN.matcher(value).matches()) {
            throw new InvalidIdentifierException();
        }
    }

    /**
     * Parses client input, which may be in lower case (ULIDs are case-insensitive).
     *
     * @param text the identifier as received
     * @return the identifier in canonical form
     * @throws InvalidIdentifierException if {@code text} is not a ULID
     */
    public static Ulid parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != ULID_LENGTH) {
            throw new InvalidIdentifierException();
        }
        return new Ulid(text.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Tells whether {@code text} is a canonical ULID, without throwing.
     *
     * @param text any text
     * @return {@code true} if {@link #Ulid(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text.length() == ULID_LENGTH && ULID_PATTERN.matcher(text).matches();
    }

    @Override
    public int compareTo(Ulid other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
