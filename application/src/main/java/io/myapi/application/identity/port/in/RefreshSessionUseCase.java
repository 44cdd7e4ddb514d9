package io.myapi.application.identity.port.in;

/** Spends a refresh token for a new pair; a replay revokes the session (R13.5, R13.6). */
public interface RefreshSessionUseCase {

    /**
     * Spends a refresh token for a new pair; a replay revokes the session (R13.5, R13.6).
     *
     * @param command the input
     * @return the new tokens
     */
    TokenPair refresh(RefreshSessionCommand command);
}
