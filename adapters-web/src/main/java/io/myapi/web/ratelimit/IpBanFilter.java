package io.myapi.web.ratelimit;

import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.in.CheckIpBanUseCase;
import io.myapi.web.error.ErrorCode;
import io.myapi.web.error.ProblemHeaders;
import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every request from a banned address with 403 {@code IP_BANNED} and a
 * {@code Retry-After} until the ban ends, before anything else reads the request (R16.6). Health
 * probes are exempt. If the ban list cannot be read the request is refused with 503.
 */
public final class IpBanFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(IpBanFilter.class);
    private static final org.springframework.web.util.UrlPathHelper PATHS = new org.springframework.web.util.UrlPathHelper();

    private final CheckIpBanUseCase bans;
    private final RateLimitBudgets budgets;
    private final ProblemResponseWriter writer;
    private final Clock clock;

    /**
     * Creates the filter.
     *
     * @param bans the ban list
     * @param budgets which paths are exempt
     * @param writer writes refusals
     * @param clock the time source
     */
    public IpBanFilter(CheckIpBanUseCase bans, RateLimitBudgets budgets, ProblemResponseWriter writer, Clock clock) {
        this.bans = bans;
        this.budgets = budgets;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> ip = ClientAddresses.of(request);
        if (ip.isEmpty() || budgets.exempt(PATHS.getPathWithinApplication(request))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<IpBan> ban;
        try {
            ban = bans.activeBan(ip.get());
        } catch (RuntimeException e) {
            StoreFailureLog.report(LOG, "ban list unavailable, request refused", e);
            ProblemHeaders.apply(ErrorCode.SERVICE_UNAVAILABLE, response::setHeader);
            writer.write(ErrorCode.SERVICE_UNAVAILABLE, request, response);
            return;
        }
        if (ban.isPresent()) {
            RateLimitHeaders.retryAfter(Duration.between(clock.instant(), ban.get().until()), response::setHeader);
            writer.write(ErrorCode.IP_BANNED, request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
