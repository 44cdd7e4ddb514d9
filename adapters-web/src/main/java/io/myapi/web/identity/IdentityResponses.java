package io.myapi.web.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.myapi.application.identity.port.in.CreatedApiKey;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.application.identity.port.in.UserPage;
import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.session.Session;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Response bodies of the identity endpoints, mapped by plain code from the use cases' results. */
final class IdentityResponses {

    private IdentityResponses() {
    }

    /**
     * A user.
     *
     * @param id identifier
     * @param email address
     * @param displayName name
     * @param roles granted roles
     * @param passwordResetRequired whether a forced reset is pending
     * @param subscriptionTier the subscription tier picking the request budget, null for none
     * @param createdAt creation time
     */
    record UserBody(String id, String email, String displayName, List<Role> roles, boolean passwordResetRequired,
            @org.jspecify.annotations.Nullable String subscriptionTier, Instant createdAt) {

        static UserBody from(User user) {
            return new UserBody(user.id().toString(), user.email().value(), user.displayName(),
                    user.roles().stream().sorted().toList(), user.mustChangePassword(), user.subscriptionTier().orElse(null),
                    user.createdAt());
        }
    }

    /**
     * Tokens of a login or refresh.
     *
     * @param accessToken bearer token
     * @param refreshToken refresh token; absent in cookie mode
     * @param tokenType always {@code Bearer}
     * @param expiresIn access token lifetime in seconds
     * @param sessionId the session
     * @param passwordResetRequired the access token only allows the password change
     */
    record Tokens(String accessToken, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String refreshToken,
            String tokenType, long expiresIn, String sessionId, boolean passwordResetRequired) {

        static Tokens from(TokenPair pair, boolean cookieMode) {
            return new Tokens(pair.accessToken(), cookieMode ? null : pair.refreshToken(), "Bearer",
                    pair.accessTokenLifetime().toSeconds(), pair.sessionId(), pair.passwordChangeRequired());
        }
    }

    /**
     * A session of the caller.
     *
     * @param id identifier
     * @param createdAt login time
     * @param lastSeenAt last activity
     * @param expiresAt absolute end
     * @param ipAddress client address at login
     * @param userAgent client software at login
     * @param current whether the request came through this session
     */
    record SessionBody(String id, Instant createdAt, Instant lastSeenAt, Instant expiresAt, String ipAddress,
            String userAgent, boolean current) {

        static SessionBody from(Session session, @Nullable String currentId) {
            return new SessionBody(session.id(), session.createdAt(), session.lastSeenAt(), session.absoluteExpiry(),
                    session.clientIp(), session.userAgent(), session.id().equals(currentId));
        }
    }

    /**
     * An API key, without its secret.
     *
     * @param id identifier
     * @param name label
     * @param prefix public prefix
     * @param createdAt creation time
     * @param expiresAt hard expiry
     * @param lastUsedAt last use
     * @param revokedAt revocation time
     */
    record ApiKeyBody(String id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

        static ApiKeyBody from(ApiKey key) {
            return new ApiKeyBody(key.id().toString(), key.name(), key.prefix(), key.createdAt(),
                    key.expiresAt().orElse(null), key.lastUsedAt().orElse(null), key.revokedAt().orElse(null));
        }
    }

    /**
     * A new API key with its secret, the only time the secret is shown.
     *
     * @param id identifier
     * @param name label
     * @param prefix public prefix
     * @param key the full key
     * @param createdAt creation time
     * @param expiresAt hard expiry
     */
    record CreatedApiKeyBody(String id, String name, String prefix, String key, Instant createdAt,
            @Nullable Instant expiresAt) {

        static CreatedApiKeyBody from(CreatedApiKey created) {
            ApiKey key = created.key();
            return new CreatedApiKeyBody(key.id().toString(), key.name(), key.prefix(), created.plaintext().reveal(),
                    key.createdAt(), key.expiresAt().orElse(null));
        }
    }

    /**
     * A page of users.
     *
     * @param items the users
     * @param total how many exist
     * @param skip rows skipped
     * @param limit page size
     */
    record UserPageBody(List<UserBody> items, long total, int skip, int limit) {

        static UserPageBody from(UserPage page) {
            return new UserPageBody(page.items().stream().map(UserBody::from).toList(), page.total(), page.skip(), page.limit());
        }
    }
}
