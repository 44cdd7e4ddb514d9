package io.myapi.web.limits;

/**
 * Limits on what a request may carry and how long it may take.
 *
 * @param maxBodyBytes largest request body (default 10 MB)
 * @param timeout longest a request may take, body included (default 30 s)
 */
public record RequestLimits(long maxBodyBytes, java.time.Duration timeout) {

    /** The default body limit: 10 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** The default request timeout: 30 s. */
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(30);

    /**
     * Validates the bounds.
     *
     * @param maxBodyBytes largest body, positive
     * @param timeout positive
     */
    public RequestLimits {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
    }

    /**
     * The defaults.
     *
     * @return 10 MB and 30 s
     */
    public static RequestLimits defaults() {
        return new RequestLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT);
    }
}
