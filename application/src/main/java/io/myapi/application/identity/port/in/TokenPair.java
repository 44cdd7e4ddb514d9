package io.myapi.application.identity.port.in;

import java.time.Duration;

/**
 * The result of a login or refresh.
 *
 * @param accessToken short-lived bearer token
 * @param refreshToken single-use refresh token
 * @param accessTokenLifetime how long the access token lives
 * @param sessionId the session both belong to
 * @param passwordChangeRequired the access token only allows changing the password
 */
public record TokenPair(
        String accessToken,
        String refreshToken,
        Duration accessTokenLifetime,
        String sessionId,
        boolean passwordChangeRequired) {

    /** Hides the tokens. */
    @Override
    public String toString() {
        return "TokenPair[sessionId=" + sessionId + "]";
    }
}
