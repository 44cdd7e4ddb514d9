package io.myapi.web.security;

import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers unauthenticated requests with a 401 problem and a Bearer challenge. */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;

    /**
     * Creates the entry point.
     *
     * @param writer writes the problem body
     */
    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        writer.write(ErrorCode.AUTHENTICATION_REQUIRED, request, response);
    }
}
