package io.myapi.web.ratelimit;

import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.in.ResolveSubscriptionTierUseCase;
import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.IpAddresses;
import io.myapi.application.ratelimit.port.in.Admission;
import io.myapi.application.ratelimit.port.in.AdmitRequestUseCase;
import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemHeaders;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UrlPathHelper;

/**
 * Charges each request to its budget once the caller is known, whether its credential was
 * accepted, refused or absent (a refused credential pays from the {@code refused-credentials}
 * budget of its address, which is checked before the next credential is verified, so guessing
 * keys or tokens is throttled before it costs any hashing). Clients are counted by IPv4 address
 * or IPv6 /64. Every answer carries the RateLimit headers; a
 * refusal is 429 {@code RATE_LIMITED} with {@code Retry-After}. If the budget store cannot be
 * reached the request is refused with 503 rather than let through unmetered.
 */
public final class RequestThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(RequestThrottle.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final AdmitRequestUseCase admission;
    private final ResolveSubscriptionTierUseCase tiers;
    private final RateLimitBudgets budgets;
    private final ProblemResponseWriter writer;

    /**
     * Creates the throttle.
     *
     * @param admission the admission use case
     * @param tiers the callers' subscription tiers
     * @param budgets which budget a request pays from
     * @param writer writes refusals
     */
    public RequestThrottle(AdmitRequestUseCase admission, ResolveSubscriptionTierUseCase tiers, RateLimitBudgets budgets,
            ProblemResponseWriter writer) {
        this.admission = admission;
        this.tiers = tiers;
        this.budgets = budgets;
        this.writer = writer;
    }

    /**
     * Charges the request; writes the refusal when there is one.
     *
     * @param request the request
     * @param response the response, which gets the RateLimit headers
     * @param caller the authenticated caller, empty for anonymous requests
     * @return {@code true} if the request may proceed
     * @throws IOException if the refusal cannot be written
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response, Optional<Caller> caller) throws IOException {
        String path = PATHS.getPathWithinApplication(request);
        if (budgets.exempt(path)) {
            return true;
        }
        String network = networkOf(request);
        Budget budget;
        Admission decision;
        try {
            Optional<String> tier = caller.isPresent() && budgets.hasTiers() ? tiers.tierOf(caller.get().userId()) : Optional.empty();
            budget = budgets.budgetFor(request.getMethod(), path, caller, tier);
            String client = caller.isEmpty() || budgets.perAddress(budget) ? "ip:" + network : "user:" + caller.get().userId();
            decision = admission.admit(client, network, budget);
        } catch (RuntimeException e) {
            return unavailable(e, request, response);
        }
        return answer(decision, request, response);
    }

    /**
     * Checked before a presented credential is verified: an address whose refused credentials
     * spent their budget is refused at once, before any hashing (an API key costs an Argon2 check).
     *
     * @param request the request
     * @param response the response
     * @return {@code true} if the credential may be checked
     * @throws IOException if the refusal cannot be written
     */
    public boolean mayCheckCredential(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Admission decision;
        try {
            decision = admission.peek("ip:" + networkOf(request), budgets.refusedCredentials());
        } catch (RuntimeException e) {
            return unavailable(e, request, response);
        }
        return decision.allowed() || answer(decision, request, response);
    }

    /**
     * Charges a refused credential to its address.
     *
     * @param request the request
     * @param response the response
     * @return {@code true} if the refusal (401) may be written, {@code false} if a 429 was
     * @throws IOException if the refusal cannot be written
     */
    public boolean chargeRefusedCredential(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String network = networkOf(request);
        Admission decision;
        try {
            decision = admission.admit("ip:" + network, network, budgets.refusedCredentials());
        } catch (RuntimeException e) {
            return unavailable(e, request, response);
        }
        return answer(decision, request, response);
    }

    private static String networkOf(HttpServletRequest request) {
        return ClientAddresses.of(request).map(IpAddresses::network).orElse("unknown");
    }

    private boolean answer(Admission decision, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RateLimitHeaders.state(decision.budget(), decision.remaining(), decision.reset(), response::setHeader);
        if (decision.allowed()) {
            return true;
        }
        RateLimitHeaders.retryAfter(decision.retryAfter(), response::setHeader);
        writer.write(decision.outcome() == Admission.Outcome.BANNED ? ErrorCode.IP_BANNED : ErrorCode.RATE_LIMITED, request, response);
        return false;
    }

    private boolean unavailable(RuntimeException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoreFailureLog.report(LOG, "rate-limit store unavailable, request refused", e);
        ProblemHeaders.apply(ErrorCode.SERVICE_UNAVAILABLE, response::setHeader);
        writer.write(ErrorCode.SERVICE_UNAVAILABLE, request, response);
        return false;
    }
}
