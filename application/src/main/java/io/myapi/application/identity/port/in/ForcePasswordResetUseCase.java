package io.myapi.application.identity.port.in;

import io.myapi.domain.user.UserId;

/** Forces a user to change its password before any other use, and ends its sessions (R18.6). */
public interface ForcePasswordResetUseCase {

    /**
     * Forces a user to change its password before any other use, and ends its sessions (R18.6).
     *
     * @param caller the administrator
     * @param userId the user
     * @throws io.myapi.application.identity.ResourceNotFoundException if there is no such user
     */
    void force(Caller caller, UserId userId);
}
