package io.myapi.application.identity.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a token says (R8.1). Issuer and audience are the deployment's own and are checked by
 * the token service.
 *
 * @param subject the user id
 * @param sessionId the session the token belongs to
 * @param tokenId unique identifier ({@code jti})
 * @param type access or refresh
 * @param scopes granted permissions
 * @param issuedAt {@code iat}, also {@code nbf}
 * @param expiresAt {@code exp}
 */
public record TokenClaims(
        String subject,
        String sessionId,
        String tokenId,
        TokenType type,
        Set<String> scopes,
        Instant issuedAt,
        Instant expiresAt) {

    /**
     * Validates presence.
     *
     * @param subject the user id
     * @param sessionId the session
     * @param tokenId unique identifier
     * @param type access or refresh
     * @param scopes granted permissions
     * @param issuedAt issue time
     * @param expiresAt expiry
     */
    public TokenClaims {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(type, "type");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
