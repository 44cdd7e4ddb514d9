package io.myapi.application.identity.service;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.Scopes;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.application.identity.port.out.RandomTokens;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenService;
import io.myapi.application.identity.port.out.TokenType;
import io.myapi.domain.session.Session;
import io.myapi.domain.user.User;
import java.time.Instant;
import java.util.Set;

/**
 * Issues the token pair of a session and verifies tokens, recording every refusal as a security
 * event. Shared by the session and authentication services.
 */
public final class SessionTokens {

    /** Random bytes of an access token's {@code jti}. */
    private static final int ACCESS_TOKEN_ID_BYTES = 16;

    private final TokenService tokens;
    private final RandomTokens random;
    private final SecurityEvents events;
    private final IdentitySettings settings;

    /**
     * Creates the helper.
     *
     * @param tokens signing and verification
     * @param random secure random source
     * @param events security event sink
     * @param settings lifetimes
     */
    public SessionTokens(TokenService tokens, RandomTokens random, SecurityEvents events, IdentitySettings settings) {
        this.tokens = tokens;
        this.random = random;
        this.events = events;
        this.settings = settings;
    }

    /**
     * A new access token and the session's current refresh token.
     *
     * @param user the user, for the scopes
     * @param session the session, with the refresh id to embed
     * @param now issue time
     * @return the pair
     */
    public TokenPair pairFor(User user, Session session, Instant now) {
        Instant accessExpiry = min(now.plus(settings.accessTokenLifetime()), session.absoluteExpiry());
        String access = tokens.issue(new TokenClaims(user.id().toString(), session.id(),
                random.next(ACCESS_TOKEN_ID_BYTES), TokenType.ACCESS, Scopes.of(user), now, accessExpiry));
        String refresh = tokens.issue(new TokenClaims(user.id().toString(), session.id(),
                session.currentRefreshId(), TokenType.REFRESH, Set.of(), now, session.absoluteExpiry()));
        return new TokenPair(access, refresh, java.time.Duration.between(now, accessExpiry), session.id(),
                user.mustChangePassword());
    }

    /**
     * Verifies a token, recording a refusal.
     *
     * @param token the compact token
     * @param expected the type needed
     * @return the claims
     * @throws InvalidTokenException if the token is refused
     */
    public TokenClaims verify(String token, TokenType expected) {
        try {
            return tokens.verify(token, expected);
        } catch (InvalidTokenException e) {
            events.record(SecurityEventType.TOKEN_REJECTED, "unknown", expected + " token refused: " + e.reason());
            throw e;
        }
    }

    /**
     * A refusal for a token whose signature was fine, recorded with its subject.
     *
     * @param reason why
     * @param subject the token's subject
     * @return the exception to throw
     */
    public InvalidTokenException rejected(Reason reason, String subject) {
        events.record(SecurityEventType.TOKEN_REJECTED, subject, "token refused: " + reason);
        return new InvalidTokenException(reason);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
