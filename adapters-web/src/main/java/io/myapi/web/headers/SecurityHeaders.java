package io.myapi.web.headers;

import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response (R21): set before anything else runs, so that
 * successes, problem+json errors from MVC, the security chain and Tomcat itself all carry them.
 */
public final class SecurityHeaders {

    /** HSTS: one year, sub-domains included; sent only on HTTPS (direct, or via a trusted proxy). */
    public static final String HSTS = "max-age=31536000; includeSubDomains";
    /** The policy of every JSON response: nothing may load, frame, or be submitted (R20). */
    public static final String JSON_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; "
            + "report-uri /api/v1/security/csp-reports; report-to csp";
    /**
     * Swagger UI's pages: scripts only with this response's nonce, and what they load
     * ({@code 'strict-dynamic'}); styles from the UI itself, whose components set inline styles;
     * never framed. {@value #NONCE_PLACEHOLDER} is replaced by the nonce.
     */
    public static final String DOCS_CSP = "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic'; object-src 'none'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
            + "report-uri /api/v1/security/csp-reports; report-to csp";
    /** Where the nonce goes in {@link #DOCS_CSP}. */
    public static final String NONCE_PLACEHOLDER = "{nonce}";
    /** Request attribute holding the nonce of a Swagger UI response, for the page's script tags. */
    public static final String NONCE_ATTRIBUTE = "io.myapi.cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The Reporting API endpoint named {@code csp} in the policies. */
    public static final String REPORTING_ENDPOINTS = "csp=\"/api/v1/security/csp-reports\"";
    /** Browser features this API never needs. */
    public static final String PERMISSIONS_POLICY = "geolocation=(), microphone=(), camera=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    private SecurityHeaders() {
    }

    /**
     * Sets every security header.
     *
     * @param response the response
     * @param secure whether the request arrived over HTTPS
     * @param path the request path, to pick the content security policy
     * @return the nonce of a Swagger UI response (128 random bits), or null for the JSON policy
     */
    public static @Nullable String apply(HttpServletResponse response, boolean secure, String path) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        // Nothing this API answers is meant for a shared or browser cache: tokens, personal data, orders.
        response.setHeader("Cache-Control", "no-store");
        String nonce = null;
        if (path.startsWith("/swagger-ui")) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            response.setHeader("Content-Security-Policy", DOCS_CSP.replace(NONCE_PLACEHOLDER, nonce));
        } else {
            response.setHeader("Content-Security-Policy", JSON_CSP);
        }
        response.setHeader("Reporting-Endpoints", REPORTING_ENDPOINTS);
        if (secure) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        return nonce;
    }
}
