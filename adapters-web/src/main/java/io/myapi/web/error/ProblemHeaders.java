package io.myapi.web.error;

import java.util.function.BiConsumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The headers that go with a problem of a given code, wherever the problem is written. */
public final class ProblemHeaders {

    /** Seconds a client should wait before retrying a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private ProblemHeaders() {
    }

    /**
     * Adds {@code Retry-After} to a 503 and {@code WWW-Authenticate} to a 401.
     *
     * @param code the problem's code
     * @param header receives each header name and value
     */
    public static void apply(ErrorCode code, BiConsumer<String, String> header) {
        if (code.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            header.accept(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (code.status() == HttpStatus.UNAUTHORIZED) {
            header.accept(HttpHeaders.WWW_AUTHENTICATE, code == ErrorCode.INVALID_TOKEN ? "Bearer error=\"invalid_token\"" : "Bearer");
        }
    }
}
