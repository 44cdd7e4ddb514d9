package io.myapi.application.identity.service;

import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ForcePasswordResetUseCase;
import io.myapi.application.identity.port.in.ListUsersQuery;
import io.myapi.application.identity.port.in.ListUsersUseCase;
import io.myapi.application.identity.port.in.ReplaceUserRolesCommand;
import io.myapi.application.identity.port.in.ReplaceUserRolesUseCase;
import io.myapi.application.identity.port.in.UserPage;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.time.Clock;

/**
 * Administration of accounts. Each use case checks the caller's permission itself (R12.4), so
 * the rule holds whichever adapter calls it.
 */
public final class UserAdministrationService implements ListUsersUseCase, ReplaceUserRolesUseCase, ForcePasswordResetUseCase {

    private final UserRepository users;
    private final SessionStore sessions;
    private final SecurityEvents events;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users user storage
     * @param sessions session storage, to end the sessions of a changed user
     * @param events security event sink
     * @param clock time source
     */
    public UserAdministrationService(UserRepository users, SessionStore sessions, SecurityEvents events, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public UserPage list(ListUsersQuery query) {
        require(query.caller(), Permission.USER_READ);
        return new UserPage(users.list(query.skip(), query.limit()), users.count(), query.skip(), query.limit());
    }

    /** An administrator cannot drop their own ADMIN role: that would leave nobody able to undo it. */
    @Override
    public User replace(ReplaceUserRolesCommand command) {
        require(command.caller(), Permission.USER_MANAGE);
        requireSession(command.caller());
        if (command.userId().equals(command.caller().userId()) && !command.roles().contains(Role.ADMIN)) {
            throw new InvalidFieldException("roles", "an administrator cannot remove their own ADMIN role");
        }
        User user = find(command.userId());
        user.replaceRoles(command.roles(), clock.instant());
        users.save(user);
        int ended = sessions.revokeAllForUser(user.id());
        events.record(SecurityEventType.ROLES_CHANGED, user.id().toString(),
                "by=" + command.caller().userId() + " roles=" + user.roles() + " sessions ended: " + ended);
        return user;
    }

    @Override
    public void force(Caller caller, UserId userId) {
        require(caller, Permission.USER_MANAGE);
        requireSession(caller);
        User user = find(userId);
        user.requirePasswordReset(clock.instant());
        users.save(user);
        int ended = sessions.revokeAllForUser(user.id());
        events.record(SecurityEventType.PASSWORD_RESET_FORCED, user.id().toString(),
                "by=" + caller.userId() + " sessions ended: " + ended);
    }

    private User find(UserId id) {
        return users.findById(id).orElseThrow(() -> new ResourceNotFoundException("no such user"));
    }

    /** Changing accounts needs a session's bearer token, never an API key. */
    private static void requireSession(Caller caller) {
        if (caller.sessionId().isEmpty()) {
            throw new PermissionDeniedException("account changes need a session");
        }
    }

    private static void require(Caller caller, Permission permission) {
        if (!caller.permissions().contains(permission)) {
            throw new PermissionDeniedException("needs " + permission);
        }
    }
}
