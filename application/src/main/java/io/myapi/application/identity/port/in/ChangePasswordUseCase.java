package io.myapi.application.identity.port.in;

/** Changes the caller's password, clears a forced reset and ends every other session. */
public interface ChangePasswordUseCase {

    /**
     * Changes the caller's password, clears a forced reset and ends every other session.
     *
     * @param command the input
     */
    void change(ChangePasswordCommand command);
}
