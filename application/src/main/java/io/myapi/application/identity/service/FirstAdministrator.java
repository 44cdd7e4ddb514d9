package io.myapi.application.identity.service;

import io.myapi.application.identity.PasswordPolicy;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.application.identity.port.out.SecurityEventType;
import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import io.myapi.domain.user.UserStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

/** Creates the first administrator when no account exists yet. */
public final class FirstAdministrator {

    /** Display name of the first administrator. */
    public static final String DISPLAY_NAME = "Administrator";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final IdGenerator ids;
    private final SecurityEvents events;
    private final Clock clock;

    /**
     * Creates the helper.
     *
     * @param users user storage
     * @param hasher password hashing
     * @param policy password policy, which the configured password must pass
     * @param ids identifier source
     * @param events security event sink
     * @param clock time source
     */
    public FirstAdministrator(UserRepository users, PasswordHasher hasher, PasswordPolicy policy, IdGenerator ids,
            SecurityEvents events, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.policy = policy;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an account holding ADMIN, MANAGER and AUDITOR if there is no account at all.
     *
     * @param email the administrator's address
     * @param password the password, which must pass the policy
     * @return {@code true} if the account was created
     * @throws io.myapi.application.identity.WeakPasswordException if the password breaks the policy
     */
    public boolean createIfNoUsers(EmailAddress email, Secret password) {
        if (users.count() > 0) {
            return false;
        }
        policy.check(password, email, DISPLAY_NAME, "password");
        Instant now = clock.instant();
        User admin = new User(new UserId(ids.next()), email, DISPLAY_NAME, hasher.hash(password),
                EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR), UserStatus.ACTIVE, now, now, 0);
        users.save(admin);
        events.record(SecurityEventType.USER_REGISTERED, admin.id().toString(), "first administrator created");
        return true;
    }
}
