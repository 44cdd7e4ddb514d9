package io.myapi.web.audit;

import io.myapi.application.ratelimit.IpAddresses;
import io.myapi.application.shared.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the {@link RequestOrigin} of each request (client address after the trusted-proxy rules,
 * user agent, method and path) for the audit trail; the credential filter adds the actor.
 */
public final class RequestOriginFilter extends OncePerRequestFilter {

    /** Kept longer than an audit field (300), so that masking sees a token whole before the record cuts it. */
    private static final int MAX_USER_AGENT = 1200;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String agent = request.getHeader(HttpHeaders.USER_AGENT);
        String userAgent = agent == null || agent.isBlank() ? "unknown" : agent.substring(0, Math.min(agent.length(), MAX_USER_AGENT));
        RequestOrigin origin = new RequestOrigin(IpAddresses.normalize(request.getRemoteAddr()).orElse("unknown"), userAgent,
                request.getMethod() + " " + request.getRequestURI(), Optional.empty());
        try (RequestOrigin.Scope ignored = RequestOrigin.open(origin)) {
            chain.doFilter(request, response);
        }
    }
}
