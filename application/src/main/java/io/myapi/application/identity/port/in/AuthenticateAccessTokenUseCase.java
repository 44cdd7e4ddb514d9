package io.myapi.application.identity.port.in;

/** Verifies a bearer token and its session (R8.2, R28.5). */
public interface AuthenticateAccessTokenUseCase {

    /**
     * Verifies a bearer token and its session (R8.2, R28.5).
     *
     * @param accessToken the input
     * @return the caller
     */
    Caller authenticate(String accessToken);
}
