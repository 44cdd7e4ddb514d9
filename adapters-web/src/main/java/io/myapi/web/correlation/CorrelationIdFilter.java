package io.myapi.web.correlation;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * First filter of every request and error dispatch: fixes the correlation id, echoes it in the
 * response header and puts it in the MDC so every log line of the request carries it.
 */
public final class CorrelationIdFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String id = request.getAttribute(CorrelationId.ATTRIBUTE) instanceof String existing
                ? existing
                : CorrelationId.accept(http.getHeader(CorrelationId.HEADER));
        request.setAttribute(CorrelationId.ATTRIBUTE, id);
        ((HttpServletResponse) response).setHeader(CorrelationId.HEADER, id);
        String previous = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, previous);
            }
        }
    }
}
