package io.myapi.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.WeakPasswordException.Rule;
import io.myapi.application.identity.support.IdentityFixture;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailAddress;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password policy, every rule and every rule at once. */
class PasswordPolicyTest {

    private static final EmailAddress EMAIL = new EmailAddress("jordan.smith@example.com");

    private final PasswordPolicy policy = new IdentityFixture().policy;

    private static List<Rule> broken(PasswordPolicy policy, String password) {
        try {
            policy.check(Secret.of(password), EMAIL, "Jordan Smith", "password");
            return List.of();
        } catch (WeakPasswordException e) {
            return e.broken();
        }
    }

    @ParameterizedTest(name = "{0}")
    @Tag("R8.5")
    @Tag("R18.3")
    @CsvSource({
            "Sh0rt!pass, TOO_SHORT",
            "alllowercaseletters, TOO_SIMPLE",
            "ALLUPPERCASE12345, TOO_SIMPLE",
            "Password123!, COMMON",
            "Letmein-2026-!!, PERSONAL_OR_COMMON",
            "Jordan-Rocks-2026, PERSONAL",
            "xx-smith-XX-2026, PERSONAL"})
    void weakPasswordsAreRefusedWithTheBrokenRule(String password, String expected) {
        List<Rule> rules = broken(policy, password);
        if (expected.equals("PERSONAL_OR_COMMON")) {
            assertThat(rules).isNotEmpty();
            return;
        }
        assertThat(rules).contains(Rule.valueOf(expected));
    }

    @Test
    @Tag("R8.5")
    @Tag("R18.3")
    void everyBrokenRuleIsReportedAtOnceAndThePasswordIsNeverRepeated() {
        assertThatThrownBy(() -> policy.check(Secret.of("password"), EMAIL, "Jordan Smith", "new_password"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> {
                    assertThat(e.broken()).containsExactlyInAnyOrder(Rule.TOO_SHORT, Rule.TOO_SIMPLE, Rule.COMMON);
                    assertThat(e.field()).isEqualTo("new_password");
                    assertThat(e.getMessage()).doesNotContain("password\"").doesNotContain("=password");
                    assertThat(e.broken()).allSatisfy(rule -> assertThat(rule.message()).doesNotContain("password1"));
                });
    }

    @Test
    @Tag("R18.3")
    void aLongMixedPasswordPasses() {
        assertThat(broken(policy, "Violet-Orbit-42-Tundra")).isEmpty();
        assertThat(broken(policy, "correct horse battery Staple")).isEmpty();
    }

    @Test
    void absurdlyLongPasswordsAreRefusedBeforeAnyHashing() {
        assertThat(broken(policy, "Aa1-".repeat(40))).contains(Rule.TOO_LONG);
    }
}
