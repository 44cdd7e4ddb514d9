package io.myapi.application.ratelimit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named request budget: the policy name appears in the {@code RateLimit-Policy} header.
 *
 * @param name a short token such as {@code anonymous}, {@code authenticated} or {@code login}
 * @param limit requests per period
 */
public record Budget(String name, RateLimit limit) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * Validates the name.
     *
     * @param name lower-case letters, digits and dashes
     * @param limit the rate
     */
    public Budget {
        Objects.requireNonNull(limit, "limit");
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("a budget name is lower-case letters, digits and dashes");
        }
    }
}
