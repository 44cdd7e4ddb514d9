package io.myapi.web.ratelimit;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.ratelimit.Budget;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which budget a request pays from (R16.3, R16.4): the sign-in endpoints have the strict
 * {@code login} budget, the CSP report endpoint its own; otherwise an authenticated caller pays
 * from the budget of its subscription tier (or {@code authenticated} without one), keyed by user, and an anonymous one from {@code anonymous}, keyed by IP. Health probes pay
 * nothing: an orchestrator must reach them even when Redis is down.
 *
 * @param anonymous per IP, for requests without a credential
 * @param authenticated per user, for callers without a tier of their own
 * @param tiers per user, by subscription tier name
 * @param login per IP (per user when authenticated) on the sign-in endpoints
 * @param cspReports per IP on the CSP report endpoint
 * @param refusedCredentials per IP, for credentials that were refused
 */
public record RateLimitBudgets(Budget anonymous, Budget authenticated, Map<String, Budget> tiers, Budget login, Budget cspReports,
        Budget refusedCredentials) {

    private static final Set<String> LOGIN_PATHS = Set.of("/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/refresh",
            "/api/v1/auth/password");
    private static final String CSP_REPORTS = "/api/v1/security/csp-reports";
    private static final Set<String> HEALTH_PROBES = Set.of("/health/live", "/health/ready");

    /**
     * Copies the tiers.
     *
     * @param anonymous per IP
     * @param authenticated per user
     * @param tiers by tier name
     * @param login sign-in endpoints
     * @param cspReports CSP reports
     * @param refusedCredentials refused credentials
     */
    public RateLimitBudgets {
        Objects.requireNonNull(anonymous, "anonymous");
        Objects.requireNonNull(authenticated, "authenticated");
        tiers = Map.copyOf(tiers);
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(cspReports, "cspReports");
        Objects.requireNonNull(refusedCredentials, "refusedCredentials");
    }

    /**
     * Whether any subscription tier has a budget of its own.
     *
     * @return {@code true} when tiers are configured
     */
    public boolean hasTiers() {
        return !tiers.isEmpty();
    }

    /**
     * Whether a path is exempt from bans and budgets.
     *
     * @param path the decoded request path
     * @return {@code true} for the two health probes, exactly
     */
    public boolean exempt(String path) {
        return HEALTH_PROBES.contains(path);
    }

    /**
     * Whether a budget is kept per client address whoever the caller is (sign-in, CSP reports):
     * an attacker's own token must not move its sign-in attempts onto a budget of its own.
     *
     * @param budget a budget of this set
     * @return {@code true} for the per-address budgets
     */
    public boolean perAddress(Budget budget) {
        return budget.equals(login) || budget.equals(cspReports) || budget.equals(refusedCredentials);
    }

    /**
     * The budget of a request.
     *
     * @param method the request method
     * @param path the request path
     * @param caller the authenticated caller, if any
     * @param tier the caller's subscription tier, if any
     * @return the budget
     */
    public Budget budgetFor(String method, String path, Optional<Caller> caller, Optional<String> tier) {
        if ("POST".equals(method) && LOGIN_PATHS.contains(path)) {
            return login;
        }
        if ("POST".equals(method) && CSP_REPORTS.equals(path)) {
            return cspReports;
        }
        if (caller.isEmpty()) {
            return anonymous;
        }
        return tier.map(tiers::get).orElse(authenticated);
    }
}
