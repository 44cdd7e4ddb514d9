package io.myapi.application.identity.port.in;

/** Ends the caller's session at once, for its access tokens too (R28.5). */
public interface LogoutUseCase {

    /**
     * Ends the caller's session at once, for its access tokens too (R28.5).
     *
     * @param caller the caller
     */
    void logout(Caller caller);
}
