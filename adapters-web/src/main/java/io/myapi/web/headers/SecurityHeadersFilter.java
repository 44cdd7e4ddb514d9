package io.myapi.web.headers;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Puts {@link SecurityHeaders} on the response before the rest of the chain runs, on error dispatches too. */
public final class SecurityHeadersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
            String nonce = SecurityHeaders.apply(out, http.isSecure(), http.getRequestURI());
            if (nonce != null) {
                request.setAttribute(SecurityHeaders.NONCE_ATTRIBUTE, nonce);
            }
        }
        chain.doFilter(request, response);
    }
}
