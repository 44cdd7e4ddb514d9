package io.myapi.web.security;

import io.myapi.application.identity.port.in.AuthenticateAccessTokenUseCase;
import io.myapi.application.identity.port.in.AuthenticateApiKeyUseCase;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.shared.RequestOrigin;
import io.myapi.domain.shared.DomainException;
import io.myapi.web.error.DomainProblems;
import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemFactory;
import io.myapi.web.error.ProblemHeaders;
import io.myapi.web.error.ProblemResponseWriter;
import io.myapi.web.ratelimit.RequestThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <access token>} or {@code X-API-Key: <key>}.
 * A request with neither stays anonymous (and the rules decide); a request with a credential
 * that is refused gets 401 {@code INVALID_TOKEN} at once, never a fallback to anonymous; both at
 * once is refused too, as ambiguous. Once the caller is known (or known to be nobody), the
 * request is charged to its rate-limit budget.
 */
public final class CredentialAuthenticationFilter extends OncePerRequestFilter {

    /** Header carrying an API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private static final String BEARER = "Bearer ";

    private final AuthenticateAccessTokenUseCase accessTokens;
    private final AuthenticateApiKeyUseCase apiKeys;
    private final ProblemFactory problems;
    private final ProblemResponseWriter writer;
    private final RequestThrottle throttle;

    /**
     * Creates the filter.
     *
     * @param accessTokens bearer-token authentication
     * @param apiKeys API key authentication
     * @param problems builds problem bodies
     * @param writer writes them
     * @param throttle charges each request to its budget once the caller is known
     */
    public CredentialAuthenticationFilter(AuthenticateAccessTokenUseCase accessTokens, AuthenticateApiKeyUseCase apiKeys,
            ProblemFactory problems, ProblemResponseWriter writer, RequestThrottle throttle) {
        this.accessTokens = accessTokens;
        this.apiKeys = apiKeys;
        this.problems = problems;
        this.writer = writer;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (authorization == null && apiKey == null) {
            if (throttle.admit(request, response, Optional.empty())) {
                chain.doFilter(request, response);
            }
            return;
        }
        if (!throttle.mayCheckCredential(request, response)) {
            return;
        }
        Caller caller;
        try {
            caller = authenticate(authorization, apiKey);
        } catch (DomainException refused) {
            if (throttle.chargeRefusedCredential(request, response)) {
                reject(refused, request, response);
            }
            return;
        }
        RequestOrigin.identify(caller.userId().toString());
        if (!throttle.admit(request, response, Optional.of(caller))) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Caller authenticate(String authorization, String apiKey) {
        if (authorization != null && apiKey != null) {
            // Ambiguous: refused as a malformed token by verification, which logs the refusal.
            return accessTokens.authenticate("");
        }
        if (apiKey != null) {
            return apiKeys.authenticate(apiKey.strip());
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // Another scheme (Basic, ...): verification refuses it as malformed and logs the refusal.
            return accessTokens.authenticate(authorization);
        }
        return accessTokens.authenticate(authorization.substring(BEARER.length()).strip());
    }

    private void reject(DomainException refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DomainProblems.Mapped mapped = DomainProblems.map(refused);
        ErrorCode code = mapped.code();
        ProblemHeaders.apply(code, response::setHeader);
        writer.write(problems.create(code, mapped.detail(), List.of(), request), request, response);
    }
}
