package io.myapi.bootstrap.config;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.persistence.ConnectionStringRedactor;
import io.myapi.infrastructure.token.JwtAlgorithm;
import io.myapi.web.proxy.TrustedProxies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
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
 * @param bootstrapAdmin the first administrator
 * @param limits request limits
 * @param logging log masking
 * @param monitoring security alerts
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
        @DefaultValue @Valid @NotNull RateLimits rateLimits,
        @DefaultValue @Valid @NotNull BootstrapAdmin bootstrapAdmin,
        @DefaultValue @Valid @NotNull Limits limits,
        @DefaultValue @Valid @NotNull Logging logging,
        @DefaultValue @Valid @NotNull Monitoring monitoring) {

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
     * @param sessions login session lifetimes and policy
     * @param cookie the browser refresh-cookie mode
     * @param apiKeys API key policy
     * @param passwordHashing bounds on concurrent Argon2 work
     * @param trustedProxies addresses or CIDR ranges of the proxies whose {@code Forwarded} /
     *     {@code X-Forwarded-*} headers are believed; none by default
     * @param forwardedHeader the one header those proxies write: {@code x-forwarded-for} (with
     *     {@code X-Forwarded-Proto}) or {@code forwarded}; the other is ignored
     */
    public record Security(
            @DefaultValue @Valid @NotNull Jwt jwt,
            @DefaultValue @Valid @NotNull Cors cors,
            @DefaultValue @Valid @NotNull Sessions sessions,
            @DefaultValue @Valid @NotNull Cookie cookie,
            @DefaultValue @Valid @NotNull ApiKeys apiKeys,
            @DefaultValue @Valid @NotNull PasswordHashing passwordHashing,
            @DefaultValue @NotNull @Size(max = 50) List<@NotNull @Size(max = 64) String> trustedProxies,
            @DefaultValue("x-forwarded-for") @NotNull TrustedProxies.Header forwardedHeader) {
    }

    /**
     * Token signing (R8, R13, R17.4). One algorithm family per deployment: HS256 with
     * {@code secret}, or ES256/EdDSA with PEM key files.
     *
     * @param secret HMAC key, at least 32 characters with real entropy (R7.4, R13.4, R17.6);
     *     generated into the data folder in development when absent
     * @param algorithm HS256, ES256 or EDDSA
     * @param issuer the {@code iss} of issued tokens, required on received ones
     * @param audience the {@code aud} of issued tokens, required on received ones
     * @param accessTokenLifetime how long an access token lives
     * @param clockSkew tolerance on {@code exp} and {@code nbf} (R8.2)
     * @param privateKeyFile PKCS#8 PEM private key, asymmetric mode
     * @param publicKeyFile X.509 PEM public key matching it, asymmetric mode
     * @param previousKeys retired keys still accepted for verification until their end (R17.4)
     */
    public record Jwt(
            @StrongSecret @Nullable Secret secret,
            @DefaultValue("HS256") @NotNull JwtAlgorithm algorithm,
            @DefaultValue("my-api") @NotNull @Size(min = 1, max = 200) String issuer,
            @DefaultValue("my-api") @NotNull @Size(min = 1, max = 200) String audience,
            @DefaultValue("15m") @NotNull Duration accessTokenLifetime,
            @DefaultValue("30s") @NotNull Duration clockSkew,
            @Nullable Path privateKeyFile,
            @Nullable Path publicKeyFile,
            @DefaultValue @NotNull @Size(max = 10) List<@Valid PreviousKey> previousKeys) {
    }

    /**
     * A retired signing key.
     *
     * @param secret the old HMAC secret (HS256)
     * @param publicKeyFile the old public key (ES256, EdDSA)
     * @param acceptedUntil end of its verification window: at least the access token lifetime after retirement
     */
    public record PreviousKey(
            @StrongSecret @Nullable Secret secret,
            @Nullable Path publicKeyFile,
            @NotNull Instant acceptedUntil) {
    }

    /**
     * Login sessions (R28.4, R28.6).
     *
     * @param idleTimeout a session unused this long ends
     * @param absoluteTimeout a session ends this long after login
     * @param concurrent allow, deny or notify when a user logs in with other sessions active
     */
    public record Sessions(
            @DefaultValue("30m") @NotNull Duration idleTimeout,
            @DefaultValue("24h") @NotNull Duration absoluteTimeout,
            @DefaultValue("ALLOW") @NotNull IdentitySettings.ConcurrentSessionPolicy concurrent) {
    }

    /**
     * The browser cookie mode for refresh tokens (R28.2).
     *
     * @param secret encryption key material for the refresh cookie; generated in development;
     *     cookie mode is disabled without it
     */
    public record Cookie(@StrongSecret @Nullable Secret secret) {
    }

    /**
     * API keys (R37.6).
     *
     * @param maxIdle a key unused this long stops working
     */
    public record ApiKeys(@DefaultValue("90d") @NotNull Duration maxIdle) {
    }

    /**
     * Bounds on concurrent password hashing (each Argon2id hash holds 64 MiB).
     *
     * @param concurrency most hashes at once; 0 means one per processor
     * @param maxWait longest a login waits for a slot before 503
     */
    public record PasswordHashing(
            @DefaultValue("0") @Min(0) @Max(64) int concurrency,
            @DefaultValue("2s") @NotNull Duration maxWait) {
    }

    /**
     * Request limits (R26).
     *
     * @param maxBodySize largest request body; larger ones answer 413 without being read
     * @param requestTimeout longest a request may take, its body included (R26.2)
     * @param maxJsonDepth deepest nesting of a JSON body (R26.3)
     * @param maxArrayItems most items of one JSON array in a request body (R26.4)
     */
    public record Limits(
            @DefaultValue("10MB") @NotNull DataSize maxBodySize,
            @DefaultValue("30s") @NotNull Duration requestTimeout,
            @DefaultValue("32") @Min(2) @Max(256) int maxJsonDepth,
            @DefaultValue("1000") @Min(1) @Max(100000) int maxArrayItems) {
    }

    /**
     * Security monitoring (R36.2, R36.6).
     *
     * @param failuresPerAccount authentication failures of one account tolerated per period
     *     before an alert, in the rate-limit format
     * @param failuresPerAddress authentication failures from one address tolerated per period
     * @param webhookUrl where alerts are also posted as JSON; {@code https://} outside
     *     development; none by default
     */
    public record Monitoring(
            @DefaultValue("3/minute") @NotNull RateLimit failuresPerAccount,
            @DefaultValue("8/minute") @NotNull RateLimit failuresPerAddress,
            @Nullable Secret webhookUrl) {
    }

    /**
     * The logging pipeline.
     *
     * @param maskPatterns regular expressions masked in every log line and audit record, on top
     *     of the built-in ones (emails, phone numbers, SSNs, card numbers, tokens, keys, passwords)
     */
    public record Logging(@DefaultValue @NotNull @Size(max = 50) List<@NotNull @Size(max = 500) String> maskPatterns) {
    }

    /**
     * The first administrator of a staging or production deployment.
     *
     * @param email its address
     * @param passwordFile a file holding its password (a mounted secret)
     */
    public record BootstrapAdmin(@Nullable String email, @Nullable String passwordFile) {
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
     * Request budgets, each {@code <number>/<unit>} (R7.3), and the treatment of repeat
     * violators (R16.5, R16.6).
     *
     * @param anonymous per client IP, unauthenticated (and for refused credentials)
     * @param authenticated per user, for users without a subscription tier
     * @param tiers per user, by subscription tier name
     * @param login per IP (per user when authenticated) on the sign-in endpoints
     * @param loginPerAccount per account, on login, whatever the IP (credential stuffing)
     * @param cspReports per IP on the CSP report endpoint
     * @param refusedCredentials per IP, refused bearer tokens and API keys; checked before any is verified
     * @param penaltyBase penalty of a window's second violation, doubled by each further one
     * @param penaltyMax the longest penalty
     * @param violationWindow how long violations are remembered after the last one
     * @param banAfterViolations violations in one window that ban the client's IP
     * @param banDuration how long an automatic ban lasts, and an administrator's by default
     * @param maxTrackedClients clients tracked at most by the in-process stores
     */
    public record RateLimits(
            @DefaultValue("60/minute") @NotNull RateLimit anonymous,
            @DefaultValue("600/minute") @NotNull RateLimit authenticated,
            @DefaultValue @NotNull @Size(max = 20) Map<@Pattern(regexp = "[a-z][a-z0-9-]{0,31}") String, @NotNull RateLimit> tiers,
            @DefaultValue("10/minute") @NotNull RateLimit login,
            @DefaultValue("5/minute") @NotNull RateLimit loginPerAccount,
            @DefaultValue("30/minute") @NotNull RateLimit cspReports,
            @DefaultValue("20/minute") @NotNull RateLimit refusedCredentials,
            @DefaultValue("2s") @NotNull Duration penaltyBase,
            @DefaultValue("1h") @NotNull Duration penaltyMax,
            @DefaultValue("1h") @NotNull Duration violationWindow,
            @DefaultValue("20") @Min(2) int banAfterViolations,
            @DefaultValue("1h") @NotNull Duration banDuration,
            @DefaultValue("100000") @Min(1000) long maxTrackedClients) {
    }
}
