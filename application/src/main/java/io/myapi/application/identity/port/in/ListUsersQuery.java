package io.myapi.application.identity.port.in;

import java.util.Objects;

/**
 * A page request over users.
 *
 * @param caller who asks
 * @param skip rows to skip, zero or more
 * @param limit most rows, 1 to {@value #MAX_LIMIT}
 */
public record ListUsersQuery(Caller caller, int skip, int limit) {

    /** Largest page. */
    public static final int MAX_LIMIT = 100;

    /**
     * Validates bounds.
     *
     * @param caller who asks
     * @param skip rows to skip
     * @param limit most rows
     */
    public ListUsersQuery {
        Objects.requireNonNull(caller, "caller");
        if (skip < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("skip must be >= 0 and limit 1.." + MAX_LIMIT);
        }
    }
}
