package io.myapi.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.IdentitySettings.ConcurrentSessionPolicy;
import io.myapi.application.identity.InvalidCredentialsException;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.SessionLimitReachedException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.LoginCommand;
import io.myapi.application.identity.port.in.RefreshSessionCommand;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.support.IdentityFixture;
import io.myapi.application.ratelimit.RateLimitedException;
import io.myapi.domain.session.Session;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.User;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Login, refresh rotation, reuse detection, timeouts, logout and the concurrent-session policy. */
class SessionServiceTest {

    private final IdentityFixture identity = new IdentityFixture();

    private static TokenPair refresh(IdentityFixture fixture, String refreshToken) {
        return fixture.sessionService.refresh(new RefreshSessionCommand(Secret.of(refreshToken)));
    }

    private static Reason reasonOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidTokenException e) {
            return e.reason();
        }
        throw new AssertionError("accepted");
    }

    private RuntimeException loginFailure(String email, String password) {
        try {
            identity.sessionService.login(new LoginCommand(email, Secret.of(password), "198.51.100.4", "junit"));
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("login succeeded");
    }

    @Test
    @Tag("R18.5")
    void unknownEmailAndWrongPasswordCostTheSameAndAnswerTheSame() {
        identity.register("casey@example.com");
        int before = identity.hasher.verifications.get();

        RuntimeException unknown = loginFailure("nobody@example.com", "Violet-Orbit-42-Tundra");
        int afterUnknown = identity.hasher.verifications.get();
        RuntimeException wrong = loginFailure("casey@example.com", "Violet-Orbit-42-Tundrx");
        RuntimeException malformed = loginFailure("not an email", "Violet-Orbit-42-Tundra");

        assertThat(unknown).isInstanceOf(InvalidCredentialsException.class);
        assertThat(wrong).isInstanceOf(InvalidCredentialsException.class);
        assertThat(malformed).isInstanceOf(InvalidCredentialsException.class);
        assertThat(afterUnknown - before).isEqualTo(1);
        assertThat(identity.hasher.verifications.get() - afterUnknown).isEqualTo(2);
        assertThat(identity.events.of(SecurityEventType.LOGIN_FAILED)).hasSize(3);
    }

    @Test
    @Tag("R28.1")
    @Tag("R28.3")
    void everyLoginOpensANewSessionWithAFreshHighEntropyId() {
        identity.register("casey@example.com");

        TokenPair first = identity.login("casey@example.com");
        TokenPair second = identity.login("casey@example.com");

        assertThat(first.sessionId()).isNotEqualTo(second.sessionId());
        assertThat(Base64.getUrlDecoder().decode(first.sessionId())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(identity.sessions.find(first.sessionId())).isPresent();
    }

    @Test
    @Tag("R28.3")
    void aLoginRacingAPasswordChangeDoesNotKeepASessionOpenedWithTheOldPassword() {
        User user = identity.register("casey@example.com");
        identity.hasher.duringNextVerification = () -> {
            User changed = identity.users.findById(user.id()).orElseThrow();
            changed.changePassword(identity.hasher.hash(Secret.of("Amber-Comet-77-Glacier")), IdentityFixture.START);
            identity.users.save(changed);
            identity.sessions.revokeAllForUser(user.id());
        };

        assertThatThrownBy(() -> identity.login("casey@example.com")).isInstanceOf(InvalidCredentialsException.class);
        assertThat(identity.sessions.listForUser(user.id())).isEmpty();
    }

    @Test
    @Tag("R18.6")
    void aLoginRacingAForcedResetGetsOnlyThePasswordChangeScope() {
        User user = identity.register("casey@example.com");
        identity.hasher.duringNextVerification = () -> {
            User changed = identity.users.findById(user.id()).orElseThrow();
            changed.requirePasswordReset(IdentityFixture.START);
            identity.users.save(changed);
            identity.sessions.revokeAllForUser(user.id());
        };

        TokenPair pair = identity.login("casey@example.com");

        assertThat(pair.passwordChangeRequired()).isTrue();
        assertThat(identity.accessTokens.authenticate(pair.accessToken()).permissions()).isEmpty();
    }

    @Test
    @Tag("R13.5")
    @Tag("R8.3")
    void aRefreshTokenIsSingleUseAndEachRefreshIssuesANewOne() {
        identity.register("casey@example.com");
        TokenPair login = identity.login("casey@example.com");

        TokenPair refreshed = refresh(identity, login.refreshToken());

        assertThat(refreshed.sessionId()).isEqualTo(login.sessionId());
        assertThat(identity.tokens.claimsOf(refreshed.refreshToken()).tokenId())
                .isNotEqualTo(identity.tokens.claimsOf(login.refreshToken()).tokenId());
        assertThat(identity.accessTokens.authenticate(refreshed.accessToken()).sessionId()).contains(login.sessionId());
    }

    @Test
    @Tag("R13.6")
    void replayingASpentRefreshTokenRevokesTheWholeSessionAndLogsIt() {
        identity.register("casey@example.com");
        TokenPair login = identity.login("casey@example.com");
        TokenPair refreshed = refresh(identity, login.refreshToken());

        assertThat(reasonOf(() -> refresh(identity, login.refreshToken()))).isEqualTo(Reason.REUSED);

        assertThat(identity.sessions.find(login.sessionId())).isEmpty();
        assertThat(reasonOf(() -> identity.accessTokens.authenticate(refreshed.accessToken()))).isEqualTo(Reason.SESSION_ENDED);
        assertThat(reasonOf(() -> refresh(identity, refreshed.refreshToken()))).isEqualTo(Reason.SESSION_ENDED);
        assertThat(identity.events.of(SecurityEventType.REFRESH_TOKEN_REUSED)).hasSize(1);
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        identity.register("casey@example.com");
        TokenPair login = identity.login("casey@example.com");

        assertThat(reasonOf(() -> refresh(identity, login.accessToken()))).isEqualTo(Reason.WRONG_TYPE);
        assertThat(reasonOf(() -> identity.accessTokens.authenticate(login.refreshToken()))).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    @Tag("R28.4")
    @Tag("R11.1")
    void aSessionIdleForThirtyMinutesEnds() {
        identity.register("casey@example.com");
        TokenPair login = identity.login("casey@example.com");

        identity.clock.advance(Duration.ofMinutes(29));
        TokenPair refreshed = refresh(identity, login.refreshToken());
        identity.clock.advance(Duration.ofMinutes(30));

        assertThat(reasonOf(() -> refresh(identity, refreshed.refreshToken()))).isEqualTo(Reason.SESSION_ENDED);
        assertThat(identity.sessions.find(login.sessionId())).isEmpty();
    }

    @Test
    @Tag("R28.4")
    @Tag("R11.1")
    void aSessionEndsTwentyFourHoursAfterLoginWhateverTheActivity() {
        identity.register("casey@example.com");
        TokenPair current = identity.login("casey@example.com");
        for (int i = 0; i < 24 * 3 - 1; i++) {
            identity.clock.advance(Duration.ofMinutes(20));
            current = refresh(identity, current.refreshToken());
        }
        identity.clock.advance(Duration.ofMinutes(20));
        TokenPair last = current;

        assertThat(reasonOf(() -> refresh(identity, last.refreshToken()))).isIn(Reason.SESSION_ENDED, Reason.EXPIRED);
        assertThat(reasonOf(() -> identity.accessTokens.authenticate(last.accessToken()))).isIn(Reason.SESSION_ENDED, Reason.EXPIRED);
    }

    @Test
    @Tag("R28.5")
    void logoutEndsTheSessionForItsAccessTokenAtOnce() {
        identity.register("casey@example.com");
        TokenPair login = identity.login("casey@example.com");
        Caller caller = identity.accessTokens.authenticate(login.accessToken());

        identity.sessionService.logout(caller);

        assertThat(reasonOf(() -> identity.accessTokens.authenticate(login.accessToken()))).isEqualTo(Reason.SESSION_ENDED);
        assertThat(reasonOf(() -> refresh(identity, login.refreshToken()))).isEqualTo(Reason.SESSION_ENDED);
    }

    @Test
    @Tag("R28.6")
    void theDenyPolicyRefusesASecondSessionAndTheNotifyPolicyReportsIt() {
        IdentityFixture deny = new IdentityFixture(ConcurrentSessionPolicy.DENY);
        deny.register("casey@example.com");
        deny.login("casey@example.com");
        assertThatThrownBy(() -> deny.login("casey@example.com")).isInstanceOf(SessionLimitReachedException.class);

        IdentityFixture notify = new IdentityFixture(ConcurrentSessionPolicy.NOTIFY);
        notify.register("casey@example.com");
        notify.login("casey@example.com");
        TokenPair second = notify.login("casey@example.com");
        assertThat(notify.sessions.find(second.sessionId())).isPresent();
        assertThat(notify.events.of(SecurityEventType.CONCURRENT_SESSION)).hasSize(1);

        IdentityFixture allow = new IdentityFixture(ConcurrentSessionPolicy.ALLOW);
        allow.register("casey@example.com");
        allow.login("casey@example.com");
        allow.login("casey@example.com");
        assertThat(allow.events.of(SecurityEventType.CONCURRENT_SESSION)).isEmpty();
    }

    @Test
    void aUserSeesAndEndsOnlyItsOwnSessions() {
        User casey = identity.register("casey@example.com");
        identity.register("robin@example.com");
        TokenPair caseys = identity.login("casey@example.com");
        TokenPair robins = identity.login("robin@example.com");
        Caller caseyCaller = identity.accessTokens.authenticate(caseys.accessToken());

        assertThat(identity.sessionService.list(caseyCaller)).extracting(Session::userId).containsOnly(casey.id());
        assertThatThrownBy(() -> identity.sessionService.revoke(caseyCaller, robins.sessionId()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(identity.sessions.find(robins.sessionId())).isPresent();
    }

    @Test
    @Tag("R16.4")
    void anAccountsLoginBudgetIsSpentBeforeAnyPasswordIsHashedFromEveryAddress() {
        identity.register("casey@example.com");
        long budget = IdentityFixture.LOGIN_PER_ACCOUNT.limit().requests();
        for (int i = 0; i < budget; i++) {
            assertThat(loginFailure("casey@example.com", "Wrong-Guess-" + i)).isInstanceOf(InvalidCredentialsException.class);
        }
        int hashedBefore = identity.hasher.verifications.get();

        // The same account in other letter case, and the right password: still refused, nothing hashed.
        assertThatThrownBy(() -> identity.sessionService.login(
                new LoginCommand(" CASEY@example.com", IdentityFixture.GOOD_PASSWORD, "203.0.113.9", "junit")))
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).isPositive());
        assertThat(identity.hasher.verifications.get()).isEqualTo(hashedBefore);
        // Another account is not affected.
        identity.register("robin@example.com");
        assertThat(identity.login("robin@example.com").accessToken()).isNotBlank();

        identity.clock.advance(Duration.ofMinutes(1));
        assertThat(identity.login("casey@example.com").accessToken()).isNotBlank();
    }
}
