package io.myapi.application.identity.support;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.identity.IdentitySettings.ConcurrentSessionPolicy;
import io.myapi.application.identity.PasswordPolicy;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.LoginCommand;
import io.myapi.application.identity.port.in.RegisterUserCommand;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.identity.port.out.RandomTokens;
import io.myapi.application.identity.service.AccessTokenAuthenticationService;
import io.myapi.application.identity.service.AccountService;
import io.myapi.application.identity.service.ApiKeyService;
import io.myapi.application.identity.service.SessionService;
import io.myapi.application.identity.service.SessionTokens;
import io.myapi.application.identity.service.UserAdministrationService;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.shared.Ulid;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.User;
import java.security.SecureRandom;
import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.service.AccountLoginThrottle;
import io.myapi.application.ratelimit.support.FakeRateLimitBuckets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Every identity service wired with {@code new} over in-memory ports, as the architecture asks. */
public final class IdentityFixture {

    /** Start of time in these tests. */
    public static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    /** A password that passes the policy. */
    public static final Secret GOOD_PASSWORD = Secret.of("Violet-Orbit-42-Tundra");

    public final MutableClock clock = new MutableClock(START);

    /** Login attempts allowed per account and minute. */
    public static final Budget LOGIN_PER_ACCOUNT = new Budget("login-account", RateLimit.of("20/minute"));
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    public final FakeSessionStore sessions = new FakeSessionStore();
    public final FakeTokenService tokens = new FakeTokenService(clock);
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final RecordingSecurityEvents events = new RecordingSecurityEvents();
    public final PasswordPolicy policy = new PasswordPolicy(new SmallCommonPasswordList());
    public final RandomTokens random = bytes -> {
        byte[] buffer = new byte[bytes];
        new SecureRandom().nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    };
    private final AtomicLong idCounter = new AtomicLong();
    public final IdGenerator ids = () -> new Ulid(String.format("01ARZ3NDEKTSV4RRFF%08d", idCounter.incrementAndGet()));

    public final IdentitySettings settings;
    public final SessionTokens sessionTokens;
    public final AccountService accounts;
    public final SessionService sessionService;
    public final AccessTokenAuthenticationService accessTokens;
    public final ApiKeyService apiKeys;
    public final UserAdministrationService administration;

    /**
     * Wires everything.
     *
     * @param concurrentSessions the concurrent-session policy
     */
    public IdentityFixture(ConcurrentSessionPolicy concurrentSessions) {
        settings = new IdentitySettings(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(24),
                concurrentSessions, Duration.ofDays(90));
        sessionTokens = new SessionTokens(tokens, random, events, settings);
        accounts = new AccountService(users, hasher, policy, sessions, ids, events, clock);
        sessionService = new SessionService(users, hasher, sessions, sessionTokens, random, events, settings,
                new AccountLoginThrottle(new FakeRateLimitBuckets(clock), LOGIN_PER_ACCOUNT), clock);
        accessTokens = new AccessTokenAuthenticationService(sessionTokens, sessions, settings, clock);
        apiKeys = new ApiKeyService(keys, users, hasher, new MapApiKeyLookupCache(), ids, random, events, settings, clock);
        administration = new UserAdministrationService(users, sessions, events, clock);
    }

    /** Wires everything with the allow policy. */
    public IdentityFixture() {
        this(ConcurrentSessionPolicy.ALLOW);
    }

    /**
     * Registers a customer.
     *
     * @param email the address
     * @return the user
     */
    public User register(String email) {
        return accounts.register(new RegisterUserCommand(new EmailAddress(email), GOOD_PASSWORD, "Pat Doe"));
    }

    /**
     * Logs in with the good password.
     *
     * @param email the address
     * @return the tokens
     */
    public TokenPair login(String email) {
        return sessionService.login(new LoginCommand(email, GOOD_PASSWORD, "198.51.100.4", "junit"));
    }

    /**
     * A caller for a user with all of its permissions, with a session.
     *
     * @param user the user
     * @return the caller
     */
    public static Caller callerOf(User user) {
        return new Caller(user.id(), user.permissions(), java.util.Optional.of("session-of-" + user.id()), java.util.Optional.empty(), false);
    }

    /** A short list with the passwords the tests use. */
    static final class SmallCommonPasswordList implements io.myapi.application.identity.port.out.CommonPasswordList {
        private static final Set<String> COMMON = Set.of("password", "qwertyuiop", "iloveyou", "letmein");

        @Override
        public boolean contains(String lowerCasePassword) {
            return COMMON.contains(lowerCasePassword);
        }

        @Override
        public int size() {
            return COMMON.size();
        }
    }

    /** The verified-key cache as a plain map. */
    static final class MapApiKeyLookupCache implements io.myapi.application.identity.port.out.ApiKeyLookupCache {
        private final java.util.Map<String, io.myapi.domain.apikey.ApiKeyId> map = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public java.util.Optional<io.myapi.domain.apikey.ApiKeyId> find(String digest) {
            return java.util.Optional.ofNullable(map.get(digest));
        }

        @Override
        public void remember(String digest, io.myapi.domain.apikey.ApiKeyId keyId) {
            map.put(digest, keyId);
        }

        @Override
        public void forget(io.myapi.domain.apikey.ApiKeyId keyId) {
            map.values().removeIf(keyId::equals);
        }
    }
}
