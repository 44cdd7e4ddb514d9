package io.myapi.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.UserId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RateLimitBudgetsTest {

    private static final Budget ANONYMOUS = new Budget("anonymous", RateLimit.of("60/minute"));
    private static final Budget AUTHENTICATED = new Budget("authenticated", RateLimit.of("600/minute"));
    private static final Budget GOLD = new Budget("tier-gold", RateLimit.of("6000/minute"));
    private static final Budget LOGIN = new Budget("login", RateLimit.of("10/minute"));
    private static final Budget CSP = new Budget("csp-reports", RateLimit.of("30/minute"));
    private static final Budget REFUSED = new Budget("refused-credentials", RateLimit.of("20/minute"));
    private static final RateLimitBudgets BUDGETS = new RateLimitBudgets(ANONYMOUS, AUTHENTICATED, Map.of("gold", GOLD), LOGIN, CSP, REFUSED);
    private static final Optional<Caller> CUSTOMER = Optional.of(new Caller(UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"),
            Role.CUSTOMER.permissions(), Optional.of("session"), Optional.empty(), false));

    @Test
    @Tag("R16.4")
    void theBudgetFollowsTheEndpointTheAuthenticationLevelAndTheTier() {
        assertThat(BUDGETS.budgetFor("POST", "/api/v1/auth/login", Optional.empty(), Optional.empty())).isEqualTo(LOGIN);
        assertThat(BUDGETS.budgetFor("POST", "/api/v1/auth/refresh", Optional.empty(), Optional.empty())).isEqualTo(LOGIN);
        assertThat(BUDGETS.budgetFor("POST", "/api/v1/auth/password", CUSTOMER, Optional.of("gold"))).isEqualTo(LOGIN);
        assertThat(BUDGETS.budgetFor("POST", "/api/v1/security/csp-reports", Optional.empty(), Optional.empty())).isEqualTo(CSP);
        assertThat(BUDGETS.budgetFor("GET", "/api/v1/products", Optional.empty(), Optional.empty())).isEqualTo(ANONYMOUS);
        assertThat(BUDGETS.budgetFor("GET", "/api/v1/products", CUSTOMER, Optional.empty())).isEqualTo(AUTHENTICATED);
        assertThat(BUDGETS.budgetFor("GET", "/api/v1/products", CUSTOMER, Optional.of("gold"))).isEqualTo(GOLD);
        // A tier that is no longer configured falls back to the default budget.
        assertThat(BUDGETS.budgetFor("GET", "/api/v1/products", CUSTOMER, Optional.of("retired"))).isEqualTo(AUTHENTICATED);
        assertThat(BUDGETS.exempt("/health/live")).isTrue();
        assertThat(BUDGETS.exempt("/health/../api/v1/products")).isFalse();
        assertThat(BUDGETS.exempt("/api/v1/health")).isFalse();
        assertThat(BUDGETS.perAddress(LOGIN)).isTrue();
        assertThat(BUDGETS.perAddress(AUTHENTICATED)).isFalse();
    }
}
