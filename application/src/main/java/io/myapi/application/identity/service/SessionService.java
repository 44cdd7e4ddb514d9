package io.myapi.application.identity.service;

import io.myapi.application.identity.IdentitySettings;
import io.myapi.application.identity.IdentitySettings.ConcurrentSessionPolicy;
import io.myapi.application.identity.InvalidCredentialsException;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.SessionLimitReachedException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ListSessionsUseCase;
import io.myapi.application.identity.port.in.LoginCommand;
import io.myapi.application.identity.port.in.LoginUseCase;
import io.myapi.application.ratelimit.service.AccountLoginThrottle;
import io.myapi.application.identity.port.in.LogoutUseCase;
import io.myapi.application.identity.port.in.RefreshSessionCommand;
import io.myapi.application.identity.port.in.RefreshSessionUseCase;
import io.myapi.application.identity.port.in.RevokeSessionUseCase;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.application.identity.port.out.RandomTokens;
import io.myapi.application.identity.port.out.RefreshOutcome;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenType;
import io.myapi.domain.session.Session;
import io.myapi.domain.shared.InvalidIdentifierException;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.InvalidEmailException;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Login sessions: opening one, refreshing its tokens, listing and ending them. They share the
 * session store and the token issuer.
 */
public final class SessionService implements LoginUseCase, RefreshSessionUseCase, LogoutUseCase, ListSessionsUseCase,
        RevokeSessionUseCase {

    /** Session identifiers and refresh-token identifiers: 256 random bits (R28.1). */
    static final int SESSION_ID_BYTES = 32;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final SessionTokens tokens;
    private final RandomTokens random;
    private final SecurityEvents events;
    private final IdentitySettings settings;
    private final AccountLoginThrottle loginThrottle;
    private final java.time.Clock clock;

    /**
     * Creates the service.
     *
     * @param users user storage
     * @param hasher password hashing
     * @param sessions session storage
     * @param tokens signs and verifies this service's tokens
     * @param random secure random source
     * @param events security event sink
     * @param settings lifetimes and policies
     * @param loginThrottle the per-account login budget, taken before any password is hashed
     * @param clock time source
     */
    public SessionService(UserRepository users, PasswordHasher hasher, SessionStore sessions, SessionTokens tokens,
            RandomTokens random, SecurityEvents events, IdentitySettings settings, AccountLoginThrottle loginThrottle,
            java.time.Clock clock) {
        this.users = users;
        this.loginThrottle = loginThrottle;
        this.hasher = hasher;
        this.sessions = sessions;
        this.tokens = tokens;
        this.random = random;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Unknown email, malformed email and wrong password all cost one hash verification and give
     * the same answer (R18.5). A new session id is drawn at every login (R28.3).
     */
    @Override
    public TokenPair login(LoginCommand command) {
        loginThrottle.check(command.email());
        Optional<User> found = parseEmail(command.email()).flatMap(users::findByEmail);
        if (found.isEmpty()) {
            hasher.verifyAgainstDummy(command.password());
            events.record(SecurityEventType.LOGIN_FAILED, "unknown", "no such account; ip=" + command.clientIp());
            throw new InvalidCredentialsException("unknown account");
        }
        User user = found.get();
        if (!hasher.matches(command.password(), user.passwordHash())) {
            events.record(SecurityEventType.LOGIN_FAILED, user.id().toString(), "wrong password; ip=" + command.clientIp());
            throw new InvalidCredentialsException("wrong password");
        }
        Instant now = clock.instant();
        applyConcurrentSessionPolicy(user.id(), now);
        Session session = new Session(random.next(SESSION_ID_BYTES), user.id(), now, now,
                now.plus(settings.sessionAbsoluteTimeout()), random.next(SESSION_ID_BYTES),
                command.clientIp(), command.userAgent());
        sessions.create(session, settings.sessionAbsoluteTimeout());
        // A password change, forced reset or role change may have happened while the hash was
        // verified; it revoked the sessions that existed then, not this one. Read the account again.
        User current = users.findById(user.id()).orElse(user);
        if (!current.passwordHash().equals(user.passwordHash())) {
            sessions.revoke(session.id());
            events.record(SecurityEventType.LOGIN_FAILED, user.id().toString(), "password changed during login");
            throw new InvalidCredentialsException("password changed during login");
        }
        events.record(SecurityEventType.LOGIN_SUCCEEDED, user.id().toString(), "session opened; ip=" + command.clientIp());
        return tokens.pairFor(current, session, now);
    }

    /** A refresh token presented twice revokes its whole session (R13.6). */
    @Override
    public TokenPair refresh(RefreshSessionCommand command) {
        TokenClaims claims = tokens.verify(command.refreshToken().reveal(), TokenType.REFRESH);
        Instant now = clock.instant();
        Session session = sessions.find(claims.sessionId())
                .filter(found -> found.userId().toString().equals(claims.subject()))
                .orElseThrow(() -> tokens.rejected(Reason.SESSION_ENDED, claims.subject()));
        if (!session.isActiveAt(now, settings.sessionIdleTimeout())) {
            sessions.revoke(session.id());
            throw tokens.rejected(Reason.SESSION_ENDED, claims.subject());
        }
        String nextRefreshId = random.next(SESSION_ID_BYTES);
        RefreshOutcome outcome = sessions.rotate(session.id(), claims.tokenId(), nextRefreshId, now);
        if (outcome == RefreshOutcome.REUSED) {
            sessions.revoke(session.id());
            events.record(SecurityEventType.REFRESH_TOKEN_REUSED, claims.subject(),
                    "spent refresh token presented again; session revoked");
            throw new InvalidTokenException(Reason.REUSED);
        }
        if (outcome == RefreshOutcome.MISSING) {
            throw tokens.rejected(Reason.SESSION_ENDED, claims.subject());
        }
        User user = users.findById(session.userId()).orElseThrow(() -> tokens.rejected(Reason.SESSION_ENDED, claims.subject()));
        events.record(SecurityEventType.TOKEN_REFRESHED, user.id().toString(), "refresh token rotated");
        return tokens.pairFor(user, session.rotatedTo(nextRefreshId, now), now);
    }

    @Override
    public void logout(Caller caller) {
        caller.sessionId().ifPresent(id -> {
            sessions.revoke(id);
            events.record(SecurityEventType.SESSION_ENDED, caller.userId().toString(), "logout");
        });
    }

    @Override
    public List<Session> list(Caller caller) {
        Instant now = clock.instant();
        return sessions.listForUser(caller.userId()).stream()
                .filter(session -> session.isActiveAt(now, settings.sessionIdleTimeout()))
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
                .toList();
    }

    @Override
    public void revoke(Caller caller, String sessionId) {
        Session session = sessions.find(sessionId)
                .filter(found -> found.userId().equals(caller.userId()))
                .orElseThrow(() -> new ResourceNotFoundException("no such session for the caller"));
        sessions.revoke(session.id());
        events.record(SecurityEventType.SESSION_ENDED, caller.userId().toString(), "revoked by its user");
    }

    private void applyConcurrentSessionPolicy(UserId userId, Instant now) {
        ConcurrentSessionPolicy policy = settings.concurrentSessions();
        if (policy == ConcurrentSessionPolicy.ALLOW) {
            return;
        }
        long active = sessions.listForUser(userId).stream()
                .filter(session -> session.isActiveAt(now, settings.sessionIdleTimeout()))
                .count();
        if (active == 0) {
            return;
        }
        if (policy == ConcurrentSessionPolicy.DENY) {
            events.record(SecurityEventType.CONCURRENT_SESSION, userId.toString(), "login refused: active sessions " + active);
            throw new SessionLimitReachedException("user already has an active session");
        }
        events.record(SecurityEventType.CONCURRENT_SESSION, userId.toString(), "new session beside " + active + " active");
    }

    private static Optional<EmailAddress> parseEmail(String text) {
        try {
            return Optional.of(new EmailAddress(text));
        } catch (InvalidEmailException | InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
