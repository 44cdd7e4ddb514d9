package io.myapi.web.limits;

import io.myapi.application.shared.RequestDeadline;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a {@link RequestDeadline} (R26.2, default 30 s). Work checks it and stops
 * once it has passed: a body still arriving is refused with 408 {@code REQUEST_TIMEOUT}; a
 * database statement is cancelled by the database (the transaction's timeout is the time left)
 * and rolled back, retries stop, and the request answers 503 {@code PROCESSING_TIMEOUT}. Work
 * that completes late without meeting a check keeps its result: a finished change is never
 * reported as a failure, which would invite a duplicate retry.
 */
public final class RequestTimeoutFilter extends OncePerRequestFilter {

    private final Duration timeout;

    /**
     * Creates the filter.
     *
     * @param timeout how long a request may take
     */
    public RequestTimeoutFilter(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (RequestDeadline.Scope ignored = RequestDeadline.start(timeout)) {
            chain.doFilter(request, response);
        }
    }
}
