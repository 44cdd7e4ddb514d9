package io.myapi.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.InvalidCredentialsException;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.Scopes;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ChangePasswordCommand;
import io.myapi.application.identity.port.in.ListUsersQuery;
import io.myapi.application.identity.port.in.ReplaceUserRolesCommand;
import io.myapi.application.identity.port.in.TokenPair;
import io.myapi.application.identity.support.IdentityFixture;
import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailTakenException;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Registration, password change, forced reset and role administration. */
class AccountAndAdministrationTest {

    private final IdentityFixture identity = new IdentityFixture();

    private User admin() {
        User admin = identity.register("admin@example.com");
        admin.replaceRoles(EnumSet.of(Role.ADMIN), IdentityFixture.START);
        identity.users.save(admin);
        return admin;
    }

    @Test
    void anAddressHasOneAccountWhateverItsLetterCase() {
        identity.register("casey@example.com");

        assertThatThrownBy(() -> identity.register("Casey@Example.COM")).isInstanceOf(EmailTakenException.class);
    }

    @Test
    @Tag("R12.4")
    void userAdministrationChecksThePermissionInTheUseCase() {
        User customer = identity.register("casey@example.com");
        Caller caller = IdentityFixture.callerOf(customer);

        assertThatThrownBy(() -> identity.administration.list(new ListUsersQuery(caller, 0, 10)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> identity.administration.force(caller, customer.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> identity.administration.replace(new ReplaceUserRolesCommand(caller, customer.id(), Set.of(Role.ADMIN))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(identity.users.findById(customer.id()).orElseThrow().roles()).containsExactly(Role.CUSTOMER);
    }

    @Test
    @Tag("R8.4")
    void grantedRolesAddTheirPermissionsAndEndTheUsersSessions() {
        Caller admin = IdentityFixture.callerOf(admin());
        User casey = identity.register("casey@example.com");
        TokenPair session = identity.login("casey@example.com");

        User changed = identity.administration.replace(new ReplaceUserRolesCommand(admin, casey.id(), Set.of(Role.CUSTOMER, Role.MANAGER)));

        assertThat(changed.permissions()).contains(Permission.ORDER_OWN, Permission.PRODUCT_WRITE, Permission.ORDER_MANAGE);
        assertThat(identity.sessions.find(session.sessionId())).isEmpty();
        TokenPair next = identity.login("casey@example.com");
        assertThat(identity.accessTokens.authenticate(next.accessToken()).permissions()).contains(Permission.PRODUCT_WRITE);
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdminRole() {
        User admin = admin();

        assertThatThrownBy(() -> identity.administration.replace(
                new ReplaceUserRolesCommand(IdentityFixture.callerOf(admin), admin.id(), Set.of(Role.AUDITOR))))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    @Tag("R18.6")
    void aForcedResetEndsSessionsAndAllowsNothingButThePasswordChange() {
        Caller admin = IdentityFixture.callerOf(admin());
        User casey = identity.register("casey@example.com");
        TokenPair before = identity.login("casey@example.com");

        identity.administration.force(admin, casey.id());

        assertThatThrownBy(() -> identity.accessTokens.authenticate(before.accessToken())).isInstanceOf(InvalidTokenException.class);
        TokenPair restricted = identity.login("casey@example.com");
        assertThat(restricted.passwordChangeRequired()).isTrue();
        Caller limited = identity.accessTokens.authenticate(restricted.accessToken());
        assertThat(limited.passwordChangeRequired()).isTrue();
        assertThat(limited.permissions()).isEmpty();
        assertThat(identity.tokens.claimsOf(restricted.accessToken()).scopes()).containsExactly(Scopes.PASSWORD_CHANGE);

        identity.accounts.change(new ChangePasswordCommand(limited, IdentityFixture.GOOD_PASSWORD, Secret.of("Amber-Comet-77-Glacier")));

        assertThat(identity.users.findById(casey.id()).orElseThrow().mustChangePassword()).isFalse();
        assertThatThrownBy(() -> identity.accessTokens.authenticate(restricted.accessToken())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsEverySession() {
        identity.register("casey@example.com");
        TokenPair session = identity.login("casey@example.com");
        Caller caller = identity.accessTokens.authenticate(session.accessToken());

        assertThatThrownBy(() -> identity.accounts.change(new ChangePasswordCommand(caller, Secret.of("not-the-password-1A"),
                Secret.of("Amber-Comet-77-Glacier")))).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> identity.accounts.change(new ChangePasswordCommand(caller, IdentityFixture.GOOD_PASSWORD,
                Secret.of("short")))).isInstanceOfSatisfying(io.myapi.application.identity.WeakPasswordException.class,
                        e -> assertThat(e.field()).isEqualTo("new_password"));
        identity.accounts.change(new ChangePasswordCommand(caller, IdentityFixture.GOOD_PASSWORD, Secret.of("Amber-Comet-77-Glacier")));

        assertThat(identity.sessions.find(session.sessionId())).isEmpty();
    }
}
