package io.myapi.web.security;

import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers authenticated requests that lack a permission with a 403 problem. */
public final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    /**
     * Creates the handler.
     *
     * @param writer writes the problem body
     */
    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        writer.write(ErrorCode.ACCESS_DENIED, request, response);
    }
}
