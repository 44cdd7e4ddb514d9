package io.myapi.web.cors;

import java.util.List;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The cross-origin policy (R15): origins matched as exact strings against the configured list,
 * never as patterns; only the methods and headers the API uses; credentials only with a listed
 * origin. A wildcard (development only; refused at start-up elsewhere) allows any origin without
 * credentials.
 *
 * @param allowedOrigins exact origins such as {@code https://shop.example.com}
 */
public record CorsPolicy(List<String> allowedOrigins) {

    /** Request headers a browser may send. */
    public static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "X-API-Key", "Idempotency-Key",
            "X-Correlation-ID");
    /** Response headers a page may read: nothing beyond what a client needs. */
    public static final List<String> EXPOSED_HEADERS = List.of("X-Correlation-ID", "Retry-After", "Location", "Deprecation",
            "Sunset", "Link", "RateLimit", "RateLimit-Policy");
    /** Methods the API serves. */
    public static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    /** How long a browser may cache a preflight answer, in seconds. */
    public static final long PREFLIGHT_MAX_AGE = 600;

    /**
     * Copies the origins.
     *
     * @param allowedOrigins exact origins
     */
    public CorsPolicy {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /**
     * The CORS processor that answers a refused origin with problem+json.
     *
     * @param writer writes the problem
     * @return the processor
     */
    public static org.springframework.web.cors.CorsProcessor processor(io.myapi.web.error.ProblemResponseWriter writer) {
        return new ProblemCorsProcessor(writer);
    }

    /**
     * Spring's configuration of this policy, for every path.
     *
     * @return the source
     */
    public UrlBasedCorsConfigurationSource source() {
        CorsConfiguration configuration = new CorsConfiguration();
        boolean wildcard = allowedOrigins.contains("*");
        // setAllowedOrigins compares exact strings; setAllowedOriginPatterns (never used) would match patterns.
        configuration.setAllowedOrigins(wildcard ? List.of("*") : allowedOrigins);
        configuration.setAllowCredentials(!wildcard);
        configuration.setAllowedMethods(ALLOWED_METHODS);
        configuration.setAllowedHeaders(ALLOWED_HEADERS);
        configuration.setExposedHeaders(EXPOSED_HEADERS);
        configuration.setMaxAge(PREFLIGHT_MAX_AGE);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", configuration);
        return source;
    }
}
