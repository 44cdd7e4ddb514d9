package io.myapi.application.identity.port.in;

/** Checks credentials and opens a new session (R28.1, R28.3). */
public interface LoginUseCase {

    /**
     * Checks credentials and opens a new session (R28.1, R28.3).
     *
     * @param command the input
     * @return the tokens of the new session
     */
    TokenPair login(LoginCommand command);
}
