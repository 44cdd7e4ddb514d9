package io.myapi.application.identity.service;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.Scopes;
import io.myapi.application.identity.port.in.AuthenticateAccessTokenUseCase;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenType;
import io.myapi.domain.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Authenticates a bearer token. Besides the signature and claims, its session must still be
 * active, so logout and revocation take effect at once (R28.5) rather than at token expiry.
 */
public final class AccessTokenAuthenticationService implements AuthenticateAccessTokenUseCase {

    /** Activity is written to the store at most this often per session. */
    static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

    private final SessionTokens tokens;
    private final SessionStore sessions;
    private final IdentitySettings settings;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param tokens verification
     * @param sessions session storage
     * @param settings idle timeout
     * @param clock time source
     */
    public AccessTokenAuthenticationService(SessionTokens tokens, SessionStore sessions, IdentitySettings settings, Clock clock) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Caller authenticate(String accessToken) {
        TokenClaims claims = tokens.verify(accessToken, TokenType.ACCESS);
        Instant now = clock.instant();
        Session session = sessions.find(claims.sessionId())
                .filter(found -> found.userId().toString().equals(claims.subject()))
                .filter(found -> found.isActiveAt(now, settings.sessionIdleTimeout()))
                .orElseThrow(() -> tokens.rejected(Reason.SESSION_ENDED, claims.subject()));
        if (!now.isBefore(session.lastSeenAt().plus(TOUCH_INTERVAL))) {
            sessions.touch(session.id(), now);
        }
        return new Caller(session.userId(), Scopes.permissions(claims.scopes()), Optional.of(session.id()),
                Optional.empty(), claims.scopes().contains(Scopes.PASSWORD_CHANGE));
    }
}
