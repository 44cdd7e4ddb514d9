package io.myapi.application.identity.port.in;

import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An authenticated caller: who, with which permissions, through which credential.
 *
 * @param userId the user
 * @param permissions what the caller may do; empty while a password reset is pending
 * @param sessionId the session, for a bearer token
 * @param apiKeyId the key, for an API key
 * @param passwordChangeRequired a forced reset is pending: only the password change is allowed
 */
public record Caller(
        UserId userId,
        Set<Permission> permissions,
        Optional<String> sessionId,
        Optional<ApiKeyId> apiKeyId,
        boolean passwordChangeRequired) {

    /**
     * Validates presence.
     *
     * @param userId the user
     * @param permissions what the caller may do
     * @param sessionId the session, if any
     * @param apiKeyId the key, if any
     * @param passwordChangeRequired whether a forced reset is pending
     */
    public Caller {
        Objects.requireNonNull(userId, "userId");
        permissions = Set.copyOf(permissions);
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(apiKeyId, "apiKeyId");
    }
}
