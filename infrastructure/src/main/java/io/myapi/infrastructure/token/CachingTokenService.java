package io.myapi.infrastructure.token;

import com.github.benmanes.caffeine.cache.Cache;
import io.myapi.infrastructure.cache.BoundedCaches;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenService;
import io.myapi.application.identity.port.out.TokenType;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Remembers access tokens that verified, for at most {@code lifetime}, so that a client sending
 * the same token on every request pays the signature check once a minute rather than every time.
 * Only successes are kept (a refused token is checked again each time); time is still checked on
 * every use; refresh tokens are never cached (each is spent once). The session check that makes
 * logout immediate happens after this, in the use case, on every request.
 */
public final class CachingTokenService implements TokenService {

    private final TokenService delegate;
    private final InstantSource clock;
    private final Duration clockSkew;
    private final Cache<String, TokenClaims> verified;

    /**
     * Wraps a token service.
     *
     * @param delegate the real verification
     * @param maximumSize most remembered tokens
     * @param lifetime how long a verification is remembered (bounds the effect of a key leaving the ring)
     * @param clockSkew tolerance on {@code exp} and {@code nbf}, as the delegate applies it
     * @param clock time source
     */
    public CachingTokenService(TokenService delegate, long maximumSize, Duration lifetime, Duration clockSkew, InstantSource clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.verified = BoundedCaches.expiringAfterWrite(maximumSize, lifetime, clock);
    }

    @Override
    public String issue(TokenClaims claims) {
        return delegate.issue(claims);
    }

    @Override
    public TokenClaims verify(String token, TokenType expected) {
        if (expected != TokenType.ACCESS) {
            return delegate.verify(token, expected);
        }
        TokenClaims cached = verified.getIfPresent(token);
        if (cached == null) {
            TokenClaims claims = delegate.verify(token, expected);
            verified.put(token, claims);
            return claims;
        }
        Instant now = clock.instant();
        if (!now.isBefore(cached.expiresAt().plus(clockSkew))) {
            verified.invalidate(token);
            throw new InvalidTokenException(Reason.EXPIRED);
        }
        if (now.isBefore(cached.issuedAt().minus(clockSkew))) {
            throw new InvalidTokenException(Reason.NOT_YET_VALID);
        }
        return cached;
    }
}
