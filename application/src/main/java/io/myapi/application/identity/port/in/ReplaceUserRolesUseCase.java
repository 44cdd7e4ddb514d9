package io.myapi.application.identity.port.in;

import io.myapi.domain.user.User;

/** Grants exactly the given roles to a user and ends its sessions. */
public interface ReplaceUserRolesUseCase {

    /**
     * Grants exactly the given roles to a user and ends its sessions.
     *
     * @param command the input
     * @return the user
     */
    User replace(ReplaceUserRolesCommand command);
}
