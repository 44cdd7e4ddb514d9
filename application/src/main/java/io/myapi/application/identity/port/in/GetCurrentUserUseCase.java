package io.myapi.application.identity.port.in;

import io.myapi.domain.user.User;

/** Reads the caller's own account. */
public interface GetCurrentUserUseCase {

    /**
     * Reads the caller's own account.
     *
     * @param caller the input
     * @return the account
     */
    User get(Caller caller);
}
