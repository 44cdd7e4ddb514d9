package io.myapi.domain.user;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email address, normalised to lower case so that one mailbox is one account. Its
 * {@link #toString()} is masked: an address is personal data and must not leak into logs.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    /** Longest address accepted (RFC 5321 path limit). */
    public static final int MAX_LENGTH = 254;

    /** A pragmatic shape check: one {@code @}, no spaces, a non-empty local part and domain. */
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$");

    /**
     * Normalises and validates.
     *
     * @param value the address as given
     * @throws InvalidEmailException if it is not an address
     */
    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || value.contains("..")) {
            throw new InvalidEmailException();
        }
    }

    /**
     * The part before the {@code @}, used by the password policy.
     *
     * @return the local part
     */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    /** Masks all but the first character of the local part: {@code a***@example.com}. */
    @Override
    public String toString() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
