package io.myapi.web.cors;

import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Spring's CORS checks, with a refusal written as problem+json ({@code ORIGIN_NOT_ALLOWED}) and no CORS headers. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    private final ProblemResponseWriter writer;
    private final ThreadLocal<HttpServletRequest> current = new ThreadLocal<>();

    ProblemCorsProcessor(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean processRequest(org.springframework.web.cors.CorsConfiguration config, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        current.set(request);
        try {
            return super.processRequest(config, request, response);
        } finally {
            current.remove();
        }
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
        HttpServletRequest request = current.get();
        servletResponse.resetBuffer();
        writer.write(ErrorCode.ORIGIN_NOT_ALLOWED, java.util.Objects.requireNonNull(request, "request"), servletResponse);
    }
}
