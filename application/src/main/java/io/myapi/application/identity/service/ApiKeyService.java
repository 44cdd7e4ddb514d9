package io.myapi.application.identity.service;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.AuthenticateApiKeyUseCase;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.CreateApiKeyCommand;
import io.myapi.application.identity.port.in.CreateApiKeyUseCase;
import io.myapi.application.identity.port.in.CreatedApiKey;
import io.myapi.application.identity.port.in.ListApiKeysUseCase;
import io.myapi.application.identity.port.in.RevokeApiKeyUseCase;
import io.myapi.application.identity.port.out.ApiKeyLookupCache;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.application.identity.port.out.RandomTokens;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.shared.Digests;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys (R37). A key reads {@code myapi.<prefix>.<secret>}: the prefix (128 random bits) is
 * public and finds the row; the secret (256 random bits, R37.1) is stored only as an Argon2id
 * hash (R37.2) and checked by the hasher's constant-time verification (R37.3).
 *
 * <p>Verifying every request with Argon2 would cost 0.4 s each, so a successful verification is
 * remembered under the SHA-256 of the whole presented key (safe for a 256-bit random secret). The
 * cache never decides validity: the key's row is read on every request, so a revocation or expiry
 * takes effect at once on every instance (R37.4, R37.6).
 */
public final class ApiKeyService implements CreateApiKeyUseCase, ListApiKeysUseCase, RevokeApiKeyUseCase,
        AuthenticateApiKeyUseCase {

    /** The text every key starts with, so that secret scanners can find leaked keys. */
    public static final String KEY_PREFIX = "myapi";

    private static final int PREFIX_BYTES = 16;
    private static final int SECRET_BYTES = 32;
    private static final Pattern KEY_SHAPE = Pattern.compile("^myapi\\.([A-Za-z0-9_-]{22})\\.([A-Za-z0-9_-]{43})$");

    /** Last use is written to the database at most this often per key. */
    static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(5);

    private final ApiKeyRepository keys;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ApiKeyLookupCache cache;
    private final IdGenerator ids;
    private final RandomTokens random;
    private final SecurityEvents events;
    private final IdentitySettings settings;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param keys key storage
     * @param users user storage
     * @param hasher Argon2id hashing
     * @param cache verified-key cache
     * @param ids identifier source
     * @param random secure random source
     * @param events security event sink
     * @param settings idle expiry
     * @param clock time source
     */
    public ApiKeyService(ApiKeyRepository keys, UserRepository users, PasswordHasher hasher, ApiKeyLookupCache cache,
            IdGenerator ids, RandomTokens random, SecurityEvents events, IdentitySettings settings, Clock clock) {
        this.keys = keys;
        this.users = users;
        this.hasher = hasher;
        this.cache = cache;
        this.ids = ids;
        this.random = random;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CreatedApiKey create(CreateApiKeyCommand command) {
        requireKeyPermission(command.caller());
        Instant now = clock.instant();
        if (command.expiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent()) {
            throw new InvalidFieldException("expires_at", "expiry is not in the future");
        }
        String prefix = random.next(PREFIX_BYTES);
        String secret = random.next(SECRET_BYTES);
        ApiKey key = new ApiKey(new ApiKeyId(ids.next()), command.caller().userId(), command.name(), prefix,
                hasher.hash(Secret.of(secret)), now, command.expiresAt().orElse(null), null, null);
        keys.save(key);
        events.record(SecurityEventType.API_KEY_CREATED, key.id().toString(), "owner=" + key.owner());
        return new CreatedApiKey(key, Secret.of(KEY_PREFIX + "." + prefix + "." + secret));
    }

    @Override
    public List<ApiKey> list(Caller caller) {
        requireKeyPermission(caller);
        return keys.listByOwner(caller.userId());
    }

    @Override
    public void revoke(Caller caller, ApiKeyId keyId) {
        requireKeyPermission(caller);
        ApiKey key = keys.findById(keyId)
                .filter(found -> found.owner().equals(caller.userId()))
                .orElseThrow(() -> new ResourceNotFoundException("no such key for the caller"));
        key.revoke(clock.instant());
        keys.save(key);
        cache.forget(key.id());
        events.record(SecurityEventType.API_KEY_REVOKED, key.id().toString(), "owner=" + key.owner());
    }

    @Override
    public Caller authenticate(String presentedKey) {
        Matcher shape = KEY_SHAPE.matcher(presentedKey);
        if (!shape.matches()) {
            throw refused("unknown", "malformed key");
        }
        ApiKey key = keys.findByPrefix(shape.group(1)).orElseThrow(() -> refused("unknown", "unknown prefix"));
        String digest = Digests.sha256Hex(presentedKey);
        boolean verified = cache.find(digest).filter(key.id()::equals).isPresent()
                || hasher.matches(Secret.of(shape.group(2)), key.secretHash());
        Instant now = clock.instant();
        if (!verified) {
            throw refused(key.id().toString(), "wrong secret");
        }
        cache.remember(digest, key.id());
        if (!key.isUsableAt(now, settings.apiKeyMaxIdle())) {
            throw refused(key.id().toString(), "revoked, expired or idle too long");
        }
        User owner = users.findById(key.owner()).orElseThrow(() -> refused(key.id().toString(), "owner is gone"));
        recordUse(key, now);
        events.record(SecurityEventType.API_KEY_USED, key.id().toString(), "owner=" + owner.id());
        return new Caller(owner.id(), owner.mustChangePassword() ? java.util.Set.of() : owner.permissions(),
                Optional.empty(), Optional.of(key.id()), owner.mustChangePassword());
    }

    private void recordUse(ApiKey key, Instant now) {
        boolean stale = key.lastUsedAt().map(last -> !now.isBefore(last.plus(USE_RECORD_INTERVAL))).orElse(true);
        if (stale) {
            keys.recordUse(key.id(), now);
        }
    }

    private InvalidTokenException refused(String subject, String why) {
        events.record(SecurityEventType.TOKEN_REJECTED, subject, "API key refused: " + why);
        return new InvalidTokenException(Reason.UNKNOWN_KEY);
    }

    /** Keys are managed with a session's bearer token only: a leaked key cannot mint more. */
    private static void requireKeyPermission(Caller caller) {
        if (!caller.permissions().contains(Permission.API_KEY_OWN) || caller.sessionId().isEmpty()) {
            throw new PermissionDeniedException("API key management needs " + Permission.API_KEY_OWN + " and a session");
        }
    }
}
