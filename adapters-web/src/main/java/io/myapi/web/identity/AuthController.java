package io.myapi.web.identity;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ChangePasswordCommand;
import io.myapi.application.identity.port.in.ChangePasswordUseCase;
import io.myapi.application.identity.port.in.ListSessionsUseCase;
import io.myapi.application.identity.port.in.LoginCommand;
import io.myapi.application.identity.port.in.LoginUseCase;
import io.myapi.application.identity.port.in.LogoutUseCase;
import io.myapi.application.identity.port.in.RefreshSessionCommand;
import io.myapi.application.identity.port.in.RefreshSessionUseCase;
import io.myapi.application.identity.port.in.RegisterUserCommand;
import io.myapi.application.identity.port.in.RegisterUserUseCase;
import io.myapi.application.identity.port.in.RevokeSessionUseCase;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailAddress;
import io.myapi.web.identity.IdentityResponses.SessionBody;
import io.myapi.web.identity.IdentityResponses.Tokens;
import io.myapi.web.identity.IdentityResponses.UserBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/auth}: registration, login, refresh, logout, sessions, password change. */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuthController {

    private static final int MAX_USER_AGENT = 200;

    private final RegisterUserUseCase register;
    private final LoginUseCase login;
    private final RefreshSessionUseCase refresh;
    private final LogoutUseCase logout;
    private final ListSessionsUseCase listSessions;
    private final RevokeSessionUseCase revokeSession;
    private final ChangePasswordUseCase changePassword;
    private final RefreshCookies cookies;
    private final Duration cookieLifetime;

    /**
     * Creates the controller.
     *
     * @param register registration
     * @param login login
     * @param refresh refresh
     * @param logout logout
     * @param listSessions session listing
     * @param revokeSession session revocation
     * @param changePassword password change
     * @param cookies the refresh cookie codec
     * @param cookieLifetime how long a refresh cookie lives (the session's absolute timeout)
     */
    public AuthController(RegisterUserUseCase register, LoginUseCase login, RefreshSessionUseCase refresh,
            LogoutUseCase logout, ListSessionsUseCase listSessions, RevokeSessionUseCase revokeSession,
            ChangePasswordUseCase changePassword, RefreshCookies cookies, Duration cookieLifetime) {
        this.register = register;
        this.login = login;
        this.refresh = refresh;
        this.logout = logout;
        this.listSessions = listSessions;
        this.revokeSession = revokeSession;
        this.changePassword = changePassword;
        this.cookies = cookies;
        this.cookieLifetime = cookieLifetime;
    }

    @SecurityRequirements
    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserBody> register(@Valid @RequestBody IdentityRequests.Register body) {
        var user = register.register(new RegisterUserCommand(new EmailAddress(body.email()), body.password(), body.displayName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(UserBody.from(user));
    }

    /** With {@code cookie=true} the refresh token goes into the refresh cookie instead of the body. */
    @SecurityRequirements
    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Tokens> login(@Valid @RequestBody IdentityRequests.Login body,
            @RequestParam(name = "cookie", defaultValue = "false") boolean cookieMode, HttpServletRequest request) {
        if (cookieMode && !cookies.enabled()) {
            throw new CookieModeDisabledException();
        }
        TokenPair pair = login.login(new LoginCommand(body.email(), body.password(), clientIp(request), userAgent(request)));
        return tokens(pair, cookieMode);
    }

    /**
     * The token comes from the body or, when the body has none, from the refresh cookie. The
     * JSON content type is required either way, which a cross-site form cannot send.
     */
    @SecurityRequirements
    @PostMapping(path = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Tokens> refresh(@Valid @RequestBody IdentityRequests.Refresh body, HttpServletRequest request) {
        boolean cookieMode = body.refreshToken() == null;
        // A missing or unreadable cookie goes on as an empty token, refused (and logged) by verification.
        Secret token = cookieMode
                ? cookies.read(request).orElse(Secret.of(""))
                : Objects.requireNonNull(body.refreshToken());
        return tokens(refresh.refresh(new RefreshSessionCommand(token)), cookieMode);
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Caller caller) {
        logout.logout(caller);
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookies.clear()).build();
    }

    @GetMapping("/sessions")
    List<SessionBody> sessions(@AuthenticationPrincipal Caller caller) {
        String current = caller.sessionId().orElse(null);
        return listSessions.list(caller).stream().map(session -> SessionBody.from(session, current)).toList();
    }

    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> revokeSession(@AuthenticationPrincipal Caller caller, @PathVariable("id") @Size(max = 64) String id) {
        revokeSession.revoke(caller, id);
        return ResponseEntity.noContent().build();
    }

    /** Every session of the caller ends; the client logs in again with the new password. */
    @PostMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal Caller caller,
            @Valid @RequestBody IdentityRequests.ChangePassword body) {
        changePassword.change(new ChangePasswordCommand(caller, body.currentPassword(), body.newPassword()));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookies.clear()).build();
    }

    private ResponseEntity<Tokens> tokens(TokenPair pair, boolean cookieMode) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (cookieMode) {
            response.header(HttpHeaders.SET_COOKIE, cookies.issue(pair.refreshToken(), cookieLifetime));
        }
        return response.body(Tokens.from(pair, cookieMode));
    }

    private static String clientIp(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    private static String userAgent(HttpServletRequest request) {
        @Nullable String agent = request.getHeader(HttpHeaders.USER_AGENT);
        if (agent == null) {
            return "";
        }
        return agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent;
    }
}
