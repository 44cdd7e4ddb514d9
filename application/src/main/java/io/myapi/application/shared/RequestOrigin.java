package io.myapi.application.shared;

import java.util.Optional;

/**
 * Where the current request comes from, for the audit trail: client address, user agent,
 * method and path, and the authenticated actor once known. Held per thread; the web adapter
 * opens it for each request and closes it after.
 *
 * @param ip the client address (after the trusted-proxy rules)
 * @param userAgent the {@code User-Agent} header, cut and cleaned
 * @param resource {@code <method> <path>}
 * @param actorId the authenticated user, if any
 */
public record RequestOrigin(String ip, String userAgent, String resource, Optional<String> actorId) {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    /** Ends the origin it was opened with. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Opens the origin of the current thread's request.
     *
     * @param origin the origin
     * @return the scope to close when the request is done
     */
    public static Scope open(RequestOrigin origin) {
        RequestOrigin previous = CURRENT.get();
        CURRENT.set(origin);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /**
     * Names the authenticated actor of the current request.
     *
     * @param actorId the user's id
     */
    public static void identify(String actorId) {
        RequestOrigin origin = CURRENT.get();
        if (origin != null) {
            CURRENT.set(new RequestOrigin(origin.ip(), origin.userAgent(), origin.resource(), Optional.of(actorId)));
        }
    }

    /**
     * The current request's origin.
     *
     * @return the origin, or empty outside a request (start-up, scheduled work)
     */
    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
