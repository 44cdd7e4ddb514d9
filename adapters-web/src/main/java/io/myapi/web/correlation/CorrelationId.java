package io.myapi.web.correlation;

import com.github.f4b6a3.ulid.UlidCreator;
import jakarta.servlet.ServletRequest;
import java.util.regex.Pattern;

/**
 * The correlation identifier of a request (R9.2): the client's {@value #HEADER} when it is
 * well-formed, a fresh ULID otherwise.
 */
public final class CorrelationId {

    /** Request and response header. */
    public static final String HEADER = "X-Correlation-ID";

    /** MDC key, and the JSON log field name. */
    public static final String MDC_KEY = "correlation_id";

    /** Request attribute holding the id for the rest of the request, error dispatches included. */
    public static final String ATTRIBUTE = CorrelationId.class.getName();

    /** Longest accepted client value. */
    public static final int MAX_LENGTH = 64;

    /** Accepted client values: letters, digits, dot, underscore, hyphen; 8 to 64 characters. */
    private static final Pattern WELL_FORMED = Pattern.compile("^[A-Za-z0-9._-]{8," + MAX_LENGTH + "}$");

    private CorrelationId() {
    }

    /**
     * Chooses the id for a request.
     *
     * @param supplied the header value, or {@code null} when absent
     * @return {@code supplied} if well-formed, else a new ULID
     */
    public static String accept(String supplied) {
        if (supplied != null && WELL_FORMED.matcher(supplied).matches()) {
            return supplied;
        }
        return generate();
    }

    /**
     * Generates a new id (monotonic ULID from a secure random source).
     *
     * @return a 26-character ULID
     */
    public static String generate() {
        return UlidCreator.getMonotonicUlid().toString();
    }

    /**
     * The id of a request, generating and storing one if the filter has not run (errors raised
     * before it, such as Tomcat-level rejects).
     *
     * @param request the current request
     * @return the request's correlation id
     */
    public static String of(ServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String id) {
            return id;
        }
        String id = generate();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
