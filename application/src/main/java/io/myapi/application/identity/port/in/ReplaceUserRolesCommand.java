package io.myapi.application.identity.port.in;

import io.myapi.domain.user.Role;
import io.myapi.domain.user.UserId;
import java.util.Objects;
import java.util.Set;

/**
 * Input of a role change.
 *
 * @param caller the administrator
 * @param userId the user
 * @param roles the roles the user will hold, at least one
 */
public record ReplaceUserRolesCommand(Caller caller, UserId userId, Set<Role> roles) {

    /**
     * Validates presence.
     *
     * @param caller the administrator
     * @param userId the user
     * @param roles the roles
     */
    public ReplaceUserRolesCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }
}
