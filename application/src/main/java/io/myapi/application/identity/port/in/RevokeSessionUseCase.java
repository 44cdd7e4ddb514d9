package io.myapi.application.identity.port.in;

/** Ends one of the caller's sessions. */
public interface RevokeSessionUseCase {

    /**
     * Ends one of the caller's sessions.
     *
     * @param caller the caller
     * @param sessionId the session
     * @throws io.myapi.application.identity.ResourceNotFoundException if it is not one of the caller's
     */
    void revoke(Caller caller, String sessionId);
}
