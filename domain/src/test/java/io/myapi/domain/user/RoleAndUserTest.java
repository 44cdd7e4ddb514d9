package io.myapi.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.domain.shared.InvalidFieldException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Roles, permissions and the user aggregate's invariants. */
class RoleAndUserTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static User customer() {
        return User.register(UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), new EmailAddress("pat@example.com"), "Pat",
                new PasswordHash("hash"), NOW);
    }

    @Test
    @Tag("R8.4")
    void aUsersPermissionsAreTheUnionOfItsRoles() {
        User user = customer();
        user.replaceRoles(EnumSet.of(Role.CUSTOMER, Role.AUDITOR), NOW);

        assertThat(user.permissions())
                .containsAll(Role.CUSTOMER.permissions())
                .containsAll(Role.AUDITOR.permissions())
                .doesNotContain(Permission.USER_MANAGE, Permission.PRODUCT_WRITE);
        assertThat(Role.permissionsOf(Set.of())).isEmpty();
    }

    @Test
    @Tag("R8.4")
    void onlyAdministratorsManageUsersAndOnlyManagersWriteTheCatalogue() {
        for (Role role : Role.values()) {
            assertThat(role.permissions().contains(Permission.USER_MANAGE)).isEqualTo(role == Role.ADMIN);
            assertThat(role.permissions().contains(Permission.PRODUCT_WRITE)).isEqualTo(role == Role.MANAGER);
        }
    }

    @Test
    void aUserKeepsAtLeastOneRoleAndADisplayName() {
        User user = customer();

        assertThatThrownBy(() -> user.replaceRoles(Set.of(), NOW)).isInstanceOf(InvalidFieldException.class);
        assertThat(user.roles()).containsExactly(Role.CUSTOMER);
        assertThatThrownBy(() -> User.register(user.id(), user.email(), "  ", user.passwordHash(), NOW))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> User.register(user.id(), user.email(), "Pat\u0000", user.passwordHash(), NOW))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    @Tag("R18.6")
    void aForcedResetLastsUntilThePasswordChanges() {
        User user = customer();
        user.requirePasswordReset(NOW);
        assertThat(user.mustChangePassword()).isTrue();

        user.changePassword(new PasswordHash("new-hash"), NOW.plusSeconds(60));

        assertThat(user.mustChangePassword()).isFalse();
        assertThat(user.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void emailAddressesAreNormalisedAndMaskedWhenPrinted() {
        EmailAddress email = new EmailAddress("  Pat.Doe@Example.COM ");

        assertThat(email.value()).isEqualTo("pat.doe@example.com");
        assertThat(email.localPart()).isEqualTo("pat.doe");
        assertThat(email.toString()).isEqualTo("p***@example.com").doesNotContain("doe");
        assertThat(customer().toString()).doesNotContain("pat@example.com", "hash");
        assertThat(new PasswordHash("$argon2id$secret").toString()).doesNotContain("argon2id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "pat@", "pat@@example.com", "pat doe@example.com", "pat@exa..mple.com"})
    void malformedAddressesAreRefused(String text) {
        assertThatThrownBy(() -> new EmailAddress(text)).isInstanceOf(InvalidEmailException.class);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "Gold", "gold tier", "-gold", "gggggggggggggggggggggggggggggggggg", "gold\n"})
    @org.junit.jupiter.api.Tag("R16.4")
    void aSubscriptionTierIsATierNameOrNothing(String bad) {
        User user = customer();
        user.changeSubscriptionTier("gold-2", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        org.assertj.core.api.Assertions.assertThat(user.subscriptionTier()).contains("gold-2");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> user.changeSubscriptionTier(bad, java.time.Instant.parse("2026-01-01T00:00:01Z")))
                .isInstanceOf(io.myapi.domain.shared.InvalidFieldException.class);
        org.assertj.core.api.Assertions.assertThat(user.subscriptionTier()).contains("gold-2");
        user.changeSubscriptionTier(null, java.time.Instant.parse("2026-01-01T00:00:02Z"));
        org.assertj.core.api.Assertions.assertThat(user.subscriptionTier()).isEmpty();
    }
}
