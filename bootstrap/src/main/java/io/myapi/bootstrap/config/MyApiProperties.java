package io.myapi.bootstrap.config;

import io.myapi.application.ratelimit.RateLimit;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.persistence.ConnectionStringRedactor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of my-api, under the {@code myapi} prefix, validated at start-up (R7.1): the
 * application refuses to start on an invalid value and names the property. Environment
 * variables bind with Spring's relaxed rules ({@code MYAPI_SECURITY_JWT_SECRET}) and in the
 * double-underscore form ({@code MYAPI__SECURITY__JWT__SECRET}, R7.5). The README's
 * configuration table lists them all.
 *
 * @param environment development, staging or production
 * @param dataDir folder for the embedded database and generated development secrets
 * @param debug developer diagnostics; refused outside development
 * @param database relational database
 * @param redis shared state store; in-process when absent
 * @param security keys and CORS
 * @param rateLimits request budgets
 */
@ConfigurationProperties("myapi")
@Validated
@SafeForEnvironment
public record MyApiProperties(
        @DefaultValue("development") @NotNull DeploymentEnvironment environment,
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue("false") boolean debug,
        @DefaultValue @Valid @NotNull Database database,
        @DefaultValue @Valid @NotNull Redis redis,
        @DefaultValue @Valid @NotNull Security security,
        @DefaultValue @Valid @NotNull RateLimits rateLimits) {

    /**
     * The relational database. Without a URL the embedded H2 file database under the data
     * folder is used (development only).
     *
     * @param url JDBC URL of PostgreSQL; required outside development
     * @param username database user
     * @param password database password
     * @param pool connection-pool bounds (R24.1-R24.3)
     */
    public record Database(
            @Nullable String url,
            @Nullable String username,
            @Nullable Secret password,
            @DefaultValue @Valid @NotNull Pool pool) {

        /** Renders the URL with credentials redacted and never the password (R7.2, R17.3). */
        @Override
        public String toString() {
            return "Database[url=" + (url == null ? "embedded" : ConnectionStringRedactor.redact(url))
                    + ", username=" + (username == null ? "none" : ConnectionStringRedactor.MASK)
                    + ", password=" + Secret.MASK + ", pool=" + pool + "]";
        }
    }

    /**
     * Connection-pool bounds.
     *
     * @param minimumIdle connections kept open (at least 5, R24.1)
     * @param maximumSize most connections (at most 100, R24.1)
     * @param connectionTimeout longest wait for a connection (R24.2)
     * @param idleTimeout how long an idle extra connection lives (R24.3)
     */
    public record Pool(
            @DefaultValue("5") @Min(5) @Max(100) int minimumIdle,
            @DefaultValue("20") @Min(5) @Max(100) int maximumSize,
            @DefaultValue("5s") @NotNull Duration connectionTimeout,
            @DefaultValue("10m") @NotNull Duration idleTimeout) {
    }

    /**
     * Redis, for state shared by every instance.
     *
     * @param url {@code redis://} URL, possibly with credentials; required outside development
     * @param commandTimeout longest any Redis command may take
     */
    public record Redis(
            @Nullable Secret url,
            @DefaultValue("2s") @NotNull Duration commandTimeout) {
    }

    /**
     * Keys and browser-facing policy.
     *
     * @param jwt token signing
     * @param cors cross-origin policy
     */
    public record Security(
            @DefaultValue @Valid @NotNull Jwt jwt,
            @DefaultValue @Valid @NotNull Cors cors) {
    }

    /**
     * Token signing.
     *
     * @param secret HMAC key, at least 32 characters with real entropy (R7.4, R13.4, R17.6);
     *     generated into the data folder in development when absent
     */
    public record Jwt(@StrongSecret @Nullable Secret secret) {
    }

    /**
     * Cross-origin policy.
     *
     * @param allowedOrigins exact origins such as {@code https://shop.example.com}; a wildcard is
     *     refused outside development (R1.2, R15.1)
     */
    public record Cors(@DefaultValue @NotNull @Size(max = 100) List<String> allowedOrigins) {
    }

    /**
     * Request budgets, each {@code <number>/<unit>} (R7.3).
     *
     * @param anonymous per client IP, unauthenticated
     * @param authenticated per user or API key
     * @param login per account and per IP on the login and token endpoints
     */
    public record RateLimits(
            @DefaultValue("60/minute") @NotNull RateLimit anonymous,
            @DefaultValue("600/minute") @NotNull RateLimit authenticated,
            @DefaultValue("10/minute") @NotNull RateLimit login) {
    }
}
