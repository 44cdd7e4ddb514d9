package io.myapi.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A sensitive value (key, password, token) that never prints itself (R1.4, R17.1).
 *
 * <p>{@link #toString()} returns {@value #MASK}; the raw value is reachable only through
 * {@link #reveal()}, so every use is visible in a code review. Equality is constant-time over
 * the UTF-8 bytes and {@link #hashCode()} is a constant, so a secret in a hash structure leaks
 * nothing through timing or hash codes. Configuration binds text into it through
 * {@link #of(String)}.
 */
public final class Secret {

    /** What every rendering of a secret shows. */
    public static final String MASK = "***";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a raw value.
     *
     * @param value the raw secret
     * @return the wrapped secret
     */
    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /**
     * Gives the raw value to the one piece of code that must use it.
     *
     * @return the raw secret
     */
    public String reveal() {
        return value;
    }

    /**
     * Tells whether the secret is empty, without revealing it.
     *
     * @return {@code true} for the empty string
     */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /**
     * Length in characters, for policy checks that must not reveal the value.
     *
     * @return number of UTF-16 code units
     */
    public int length() {
        return value.length();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8),
                        secret.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return MASK;
    }
}
