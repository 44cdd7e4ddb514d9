package io.myapi.web.limits;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodyBytes largest request body (default 10 MB)
 */
public record RequestLimits(long maxBodyBytes) {

    /** The default body limit: 10 MB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    /**
     * Validates the bound.
     *
     * @param maxBodyBytes largest body, positive
     */
    public RequestLimits {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
    }
}
