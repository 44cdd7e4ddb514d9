package io.myapi.web.limits;

/**
 * Limits on what a request may carry and how long it may take.
 *
 * @param maxBodyBytes largest request body (default 10 MB)
 * @param timeout longest a request may take, body included (default 30 s)
 * @param maxJsonDepth deepest nesting of a JSON body (default 32)
 * @param maxArrayItems most items of one JSON array (default 1000)
 */
public record RequestLimits(long maxBodyBytes, java.time.Duration timeout, int maxJsonDepth, int maxArrayItems) {

    /** The default body limit: 10 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /** The default request timeout: 30 s. */
    public static final java.time.Duration DEFAULT_TIMEOUT = java.time.Duration.ofSeconds(30);

    /**
     * Validates the bounds.
     *
     * @param maxBodyBytes largest body, positive
     * @param timeout positive
     * @param maxJsonDepth at least 2
     * @param maxArrayItems positive
     */
    public RequestLimits {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        if (maxJsonDepth < 2 || maxArrayItems < 1) {
            throw new IllegalArgumentException("the JSON depth must be at least 2 and the array limit positive");
        }
    }

    /**
     * The defaults.
     *
     * @return 10 MB, 30 s, depth 32, 1000 items
     */
    public static RequestLimits defaults() {
        return new RequestLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT, 32, 1000);
    }
}
