package io.myapi.application.identity.service;

import io.myapi.application.identity.InvalidCredentialsException;
import io.myapi.application.identity.PasswordPolicy;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ChangePasswordCommand;
import io.myapi.application.identity.port.in.ChangePasswordUseCase;
import io.myapi.application.identity.port.in.GetCurrentUserUseCase;
import io.myapi.application.identity.port.in.RegisterUserCommand;
import io.myapi.application.identity.port.in.RegisterUserUseCase;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.user.EmailTakenException;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.time.Clock;

/**
 * A user's own account: registration, reading it, changing the password. One class for the
 * three because they share the policy and the hasher; each use case is still its own port.
 */
public final class AccountService implements RegisterUserUseCase, GetCurrentUserUseCase, ChangePasswordUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final SessionStore sessions;
    private final IdGenerator ids;
    private final SecurityEvents events;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users user storage
     * @param hasher password hashing
     * @param policy password policy
     * @param sessions session storage, to end sessions after a password change
     * @param ids identifier source
     * @param events security event sink
     * @param clock time source
     */
    public AccountService(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, SessionStore sessions,
            IdGenerator ids, SecurityEvents events, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.sessions = sessions;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        policy.check(command.password(), command.email(), command.displayName(), "password");
        if (users.findByEmail(command.email()).isPresent()) {
            throw new EmailTakenException();
        }
        User user = User.register(new UserId(ids.next()), command.email(), command.displayName(),
                hasher.hash(command.password()), clock.instant());
        users.save(user);
        events.record(SecurityEventType.USER_REGISTERED, user.id().toString(), "customer account created");
        return user;
    }

    @Override
    public User get(Caller caller) {
        return users.findById(caller.userId()).orElseThrow(() -> new ResourceNotFoundException("caller's account is gone"));
    }

    /** Every session of the user ends, this one included: the client logs in again with the new password. */
    @Override
    public void change(ChangePasswordCommand command) {
        User user = get(command.caller());
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            throw new InvalidCredentialsException("current password does not match");
        }
        policy.check(command.newPassword(), user.email(), user.displayName(), "new_password");
        user.changePassword(hasher.hash(command.newPassword()), clock.instant());
        users.save(user);
        int ended = sessions.revokeAllForUser(user.id());
        events.record(SecurityEventType.PASSWORD_CHANGED, user.id().toString(), "sessions ended: " + ended);
    }
}
