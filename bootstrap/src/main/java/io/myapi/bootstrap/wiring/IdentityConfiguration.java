package io.myapi.bootstrap.wiring;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.identity.PasswordPolicy;
import io.myapi.application.identity.port.out.ApiKeyLookupCache;
import io.myapi.application.identity.port.out.CommonPasswordList;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.application.identity.port.out.RandomTokens;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.application.identity.port.out.TokenService;
import io.myapi.application.identity.service.AccessTokenAuthenticationService;
import io.myapi.application.identity.service.AccountService;
import io.myapi.application.identity.service.ApiKeyService;
import io.myapi.application.identity.service.FirstAdministrator;
import io.myapi.application.identity.service.SessionService;
import io.myapi.application.identity.service.SessionTokens;
import io.myapi.application.identity.service.UserAdministrationService;
import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.UserRepository;
import io.myapi.infrastructure.crypto.Argon2idPasswordHasher;
import io.myapi.infrastructure.crypto.SecureRandomTokens;
import io.myapi.infrastructure.crypto.UlidIdGenerator;
import io.myapi.infrastructure.crypto.ZxcvbnCommonPasswordList;
import io.myapi.infrastructure.persistence.identity.IdentityPersistenceConfiguration;
import io.myapi.application.ratelimit.service.AccountLoginThrottle;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import io.myapi.infrastructure.security.CaffeineApiKeyLookupCache;
import io.myapi.infrastructure.session.InMemorySessionStore;
import io.myapi.infrastructure.session.RedisSessionStore;
import io.myapi.infrastructure.token.CachingTokenService;
import io.myapi.infrastructure.token.JjwtTokenService;
import io.myapi.web.cors.CorsPolicy;
import io.myapi.web.identity.IdentityWebConfiguration;
import io.myapi.web.identity.RefreshCookies;
import io.myapi.web.limits.RequestLimits;
import io.myapi.web.security.EndpointRule;
import org.springframework.http.HttpMethod;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Identity and access: every port picked for the mode (Redis sessions when Redis is
 * configured, in-process otherwise) and every use case wired with {@code new}.
 */
@Configuration(proxyBeanMethods = false)
@Import({IdentityPersistenceConfiguration.class, IdentityWebConfiguration.class})
public class IdentityConfiguration {

    /** Namespace of every Redis key my-api writes. */
    static final String REDIS_PREFIX = "myapi:";

    private static final long API_KEY_CACHE_SIZE = 10_000;
    private static final long VERIFIED_TOKEN_CACHE_SIZE = 10_000;
    private static final Duration VERIFIED_TOKEN_CACHE_LIFETIME = Duration.ofMinutes(1);
    private static final Duration API_KEY_CACHE_LIFETIME = Duration.ofMinutes(10);

    @Bean
    IdentitySettings identitySettings(MyApiProperties settings) {
        MyApiProperties.Security security = settings.security();
        return new IdentitySettings(security.jwt().accessTokenLifetime(), security.sessions().idleTimeout(),
                security.sessions().absoluteTimeout(), security.sessions().concurrent(), security.apiKeys().maxIdle());
    }

    @Bean
    PasswordHasher passwordHasher(MyApiProperties settings) {
        MyApiProperties.PasswordHashing hashing = settings.security().passwordHashing();
        int permits = hashing.concurrency() > 0 ? hashing.concurrency() : Runtime.getRuntime().availableProcessors();
        return new Argon2idPasswordHasher(permits, hashing.maxWait());
    }

    @Bean
    CommonPasswordList commonPasswordList() {
        return new ZxcvbnCommonPasswordList();
    }

    @Bean
    PasswordPolicy passwordPolicy(CommonPasswordList commonPasswords) {
        return new PasswordPolicy(commonPasswords);
    }

    @Bean
    IdGenerator idGenerator(Clock clock) {
        return new UlidIdGenerator(clock);
    }

    @Bean
    RandomTokens randomTokens() {
        return new SecureRandomTokens();
    }

    @Bean
    ApiKeyLookupCache apiKeyLookupCache(Clock clock) {
        return new CaffeineApiKeyLookupCache(API_KEY_CACHE_SIZE, API_KEY_CACHE_LIFETIME, clock);
    }

    @Bean
    SessionStore sessionStore(ObjectProvider<RedisConnectionManager> redis, Clock clock) {
        RedisConnectionManager manager = redis.getIfAvailable();
        return manager != null ? new RedisSessionStore(manager, REDIS_PREFIX) : new InMemorySessionStore(clock);
    }

    @Bean
    TokenService tokenService(MyApiProperties settings, Clock clock) {
        MyApiProperties.Jwt jwt = settings.security().jwt();
        JjwtTokenService verifying = new JjwtTokenService(JwtKeyRingFactory.create(jwt), jwt.issuer(), jwt.audience(), jwt.clockSkew(), clock);
        return new CachingTokenService(verifying, VERIFIED_TOKEN_CACHE_SIZE, VERIFIED_TOKEN_CACHE_LIFETIME, jwt.clockSkew(), clock);
    }

    @Bean
    SessionTokens sessionTokens(TokenService tokens, RandomTokens random, SecurityEvents events, IdentitySettings settings) {
        return new SessionTokens(tokens, random, events, settings);
    }

    @Bean
    AccountService accountService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, SessionStore sessions,
            IdGenerator ids, SecurityEvents events, Clock clock) {
        return new AccountService(users, hasher, policy, sessions, ids, events, clock);
    }

    @Bean
    SessionService sessionService(UserRepository users, PasswordHasher hasher, SessionStore sessions, SessionTokens tokens,
            RandomTokens random, SecurityEvents events, IdentitySettings settings, AccountLoginThrottle loginThrottle, Clock clock) {
        return new SessionService(users, hasher, sessions, tokens, random, events, settings, loginThrottle, clock);
    }

    @Bean
    AccessTokenAuthenticationService accessTokenAuthenticationService(SessionTokens tokens, SessionStore sessions,
            IdentitySettings settings, Clock clock) {
        return new AccessTokenAuthenticationService(tokens, sessions, settings, clock);
    }

    @Bean
    ApiKeyService apiKeyService(ApiKeyRepository keys, UserRepository users, PasswordHasher hasher, ApiKeyLookupCache cache,
            IdGenerator ids, RandomTokens random, SecurityEvents events, IdentitySettings settings, Clock clock) {
        return new ApiKeyService(keys, users, hasher, cache, ids, random, events, settings, clock);
    }

    @Bean
    UserAdministrationService userAdministrationService(UserRepository users, SessionStore sessions, SecurityEvents events,
            Clock clock) {
        return new UserAdministrationService(users, sessions, events, clock);
    }

    @Bean
    FirstAdministrator firstAdministrator(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, IdGenerator ids,
            SecurityEvents events, Clock clock) {
        return new FirstAdministrator(users, hasher, policy, ids, events, clock);
    }

    @Bean
    LifecycleHook firstAdministratorHook(FirstAdministrator firstAdministrator, MyApiProperties settings, RandomTokens random) {
        return new FirstAdministratorHook(firstAdministrator, settings, random);
    }

    /**
     * The OpenAPI document and Swagger UI: public in development, for callers holding
     * {@code API_DOCS_READ} (administrators) in staging and production.
     */
    @Bean
    EndpointRule apiDocsRule(MyApiProperties settings) {
        return docsRule("/v3/api-docs/**", settings);
    }

    @Bean
    EndpointRule swaggerUiRule(MyApiProperties settings) {
        return docsRule("/swagger-ui/**", settings);
    }

    private static EndpointRule docsRule(String pattern, MyApiProperties settings) {
        return settings.environment().isStrict()
                ? EndpointRule.needs(HttpMethod.GET, pattern, EndpointRule.Access.PERMISSION, Permission.API_DOCS_READ)
                : EndpointRule.open(HttpMethod.GET, pattern);
    }

    @Bean
    RequestLimits requestLimits(MyApiProperties settings) {
        MyApiProperties.Limits limits = settings.limits();
        return new RequestLimits(limits.maxBodySize().toBytes(), limits.requestTimeout(), limits.maxJsonDepth(), limits.maxArrayItems());
    }

    @Bean
    CorsPolicy corsPolicy(MyApiProperties settings) {
        return new CorsPolicy(settings.security().cors().allowedOrigins());
    }

    @Bean
    RefreshCookies refreshCookies(MyApiProperties settings) {
        return new RefreshCookies(Optional.ofNullable(settings.security().cookie().secret()));
    }

    @Bean
    Duration refreshCookieLifetime(MyApiProperties settings) {
        return settings.security().sessions().absoluteTimeout();
    }
}
