package io.myapi.application.identity.support;

import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenService;
import io.myapi.application.identity.port.out.TokenType;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Opaque tokens mapped to their claims, checking type and expiry; the JWT service has its own tests. */
public final class FakeTokenService implements TokenService {

    private final Map<String, TokenClaims> issued = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param clock time source for expiry
     */
    public FakeTokenService(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String issue(TokenClaims claims) {
        String token = "token-" + counter.incrementAndGet();
        issued.put(token, claims);
        return token;
    }

    @Override
    public TokenClaims verify(String token, TokenType expected) {
        TokenClaims claims = issued.get(token);
        if (claims == null) {
            throw new InvalidTokenException(Reason.BAD_SIGNATURE);
        }
        if (claims.type() != expected) {
            throw new InvalidTokenException(Reason.WRONG_TYPE);
        }
        if (!clock.instant().isBefore(claims.expiresAt())) {
            throw new InvalidTokenException(Reason.EXPIRED);
        }
        return claims;
    }

    /**
     * The claims behind a token, for assertions.
     *
     * @param token the token
     * @return its claims
     */
    public TokenClaims claimsOf(String token) {
        return issued.get(token);
    }
}
