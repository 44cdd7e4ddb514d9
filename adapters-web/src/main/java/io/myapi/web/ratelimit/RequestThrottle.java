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

/**
 * Charges each request to its budget once the caller is known, whether its credential was
 * accepted, refused or absent (a refused credential pays from the anonymous budget of its IP,
 * so guessing keys or tokens is throttled too). Every answer carries the RateLimit headers; a
 * refusal is 429 {@code RATE_LIMITED} with {@code Retry-After}. If the budget store cannot be
 * reached the request is refused with 503 rather than let through unmetered.
 */
public final class RequestThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(RequestThrottle.class);

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
     * @param caller the authenticated caller, empty for anonymous requests and refused credentials
     * @return {@code true} if the request may proceed
     * @throws IOException if the refusal cannot be written
     */
    public boolean admit(HttpServletRequest request, HttpServletResponse response, Optional<Caller> caller) throws IOException {
        if (budgets.exempt(request.getRequestURI())) {
            return true;
        }
        String ip = IpAddresses.normalize(request.getRemoteAddr()).orElse("unknown");
        String client = caller.map(c -> "user:" + c.userId()).orElse("ip:" + ip);
        Budget budget;
        Admission decision;
        try {
            Optional<String> tier = caller.isPresent() && budgets.hasTiers() ? tiers.tierOf(caller.get().userId()) : Optional.empty();
            budget = budgets.budgetFor(request.getMethod(), request.getRequestURI(), caller, tier);
            decision = admission.admit(client, ip, budget);
        } catch (RuntimeException e) {
            LOG.error("rate-limit store unavailable, request refused: {}", e.getClass().getSimpleName());
            ProblemHeaders.apply(ErrorCode.SERVICE_UNAVAILABLE, response::setHeader);
            writer.write(ErrorCode.SERVICE_UNAVAILABLE, request, response);
            return false;
        }
        RateLimitHeaders.state(budget, decision.remaining(), decision.reset(), response::setHeader);
        if (decision.allowed()) {
            return true;
        }
        RateLimitHeaders.retryAfter(decision.retryAfter(), response::setHeader);
        writer.write(decision.outcome() == Admission.Outcome.BANNED ? ErrorCode.IP_BANNED : ErrorCode.RATE_LIMITED, request, response);
        return false;
    }
}
