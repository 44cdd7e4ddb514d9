package io.myapi.web.support;

import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.in.Admission;
import io.myapi.application.ratelimit.port.in.AdmitRequestUseCase;
import io.myapi.application.ratelimit.port.in.BanIpCommand;
import io.myapi.application.ratelimit.port.in.CheckIpBanUseCase;
import io.myapi.application.ratelimit.port.in.ManageIpBansUseCase;
import io.myapi.web.proxy.TrustedProxies;
import io.myapi.web.ratelimit.RateLimitBudgets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.port.in.AuthenticateAccessTokenUseCase;
import io.myapi.application.identity.port.in.AuthenticateApiKeyUseCase;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.domain.user.Permission;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.UserId;
import io.myapi.web.WebConfiguration;
import io.myapi.web.security.EndpointRule;
import org.springframework.http.HttpMethod;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The web adapter's real configuration plus a probe controller, for {@code @WebMvcTest} slices. */
@SpringBootConfiguration(proxyBeanMethods = false)
@Import({WebConfiguration.class, ProbeController.class})
public class WebTestApplication {

    /** Fixed time, so {@code timestamp} members are predictable. */
    public static final Instant NOW = Instant.parse("2026-12-04T10:15:30.123Z");

    /** Bearer token a slice test may send to be authenticated as a customer. */
    public static final String CUSTOMER_TOKEN = "customer-token";

    /** Stand-in for the real token verification, which the end-to-end tests cover. */
    @Bean
    AuthenticateAccessTokenUseCase accessTokens() {
        return token -> {
            if (!CUSTOMER_TOKEN.equals(token)) {
                throw new InvalidTokenException(InvalidTokenException.Reason.BAD_SIGNATURE);
            }
            return new Caller(UserId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), Role.CUSTOMER.permissions(),
                    Optional.of("session"), Optional.empty(), false);
        };
    }

    /** Opens the probe endpoints to any authenticated caller, as real endpoints are opened in EndpointRules. */
    @Bean
    EndpointRule probeRestrictedRule() {
        return EndpointRule.needs(HttpMethod.GET, "/api/test/restricted", EndpointRule.Access.PERMISSION, Permission.USER_MANAGE);
    }

    @Bean
    EndpointRule probeGetRule() {
        return EndpointRule.of(HttpMethod.GET, "/api/test/**", EndpointRule.Access.AUTHENTICATED);
    }

    @Bean
    EndpointRule probePostRule() {
        return EndpointRule.of(HttpMethod.POST, "/api/test/**", EndpointRule.Access.AUTHENTICATED);
    }

    /** No API key is valid in slice tests. */
    @Bean
    AuthenticateApiKeyUseCase apiKeys() {
        return key -> {
            throw new InvalidTokenException(InvalidTokenException.Reason.UNKNOWN_KEY);
        };
    }

    /** Client address whose requests the stand-in admission refuses as over budget. */
    public static final String LIMITED_IP = "203.0.113.99";

    /** Client address the stand-in ban list bans. */
    public static final String BANNED_IP = "203.0.113.66";

    /** Proxies in 10.0.0.0/8 are trusted; they write X-Forwarded-For (the Forwarded mode: ForwardedHeaderModeTest). */
    @Bean
    TrustedProxies trustedProxies() {
        return new TrustedProxies(List.of("10.0.0.0/8"), TrustedProxies.Header.X_FORWARDED_FOR);
    }

    @Bean
    RateLimitBudgets rateLimitBudgets() {
        Budget generous = new Budget("anonymous", RateLimit.of("1000/minute"));
        return new RateLimitBudgets(generous, new Budget("authenticated", RateLimit.of("5000/minute")), Map.of(),
                new Budget("login", RateLimit.of("10/minute")), new Budget("csp-reports", RateLimit.of("30/minute")),
                new Budget("refused-credentials", RateLimit.of("20/minute")));
    }

    /** Stand-in for the real admission (the end-to-end tests cover it): everyone is in budget but {@link #LIMITED_IP}. */
    @Bean
    AdmitRequestUseCase admission() {
        return new AdmitRequestUseCase() {
            @Override
            public Admission admit(String client, String ip, Budget budget) {
                return LIMITED_IP.equals(ip)
                        ? new Admission(Admission.Outcome.LIMITED, budget, 0, Duration.ofMillis(1500), Duration.ofSeconds(30))
                        : new Admission(Admission.Outcome.ALLOWED, budget, budget.limit().requests() - 1, Duration.ZERO, Duration.ofMillis(60));
            }

            @Override
            public Admission peek(String client, Budget budget) {
                return client.equals("ip:" + LIMITED_IP)
                        ? new Admission(Admission.Outcome.LIMITED, budget, 0, Duration.ofMillis(1500), Duration.ofSeconds(30))
                        : new Admission(Admission.Outcome.ALLOWED, budget, budget.limit().requests(), Duration.ZERO, Duration.ZERO);
            }
        };
    }

    /** Permission denials are not audited in slice tests (the end-to-end tests cover the trail). */
    @Bean
    io.myapi.application.audit.port.in.RecordAuditEventUseCase auditEvents() {
        return (subject, required) -> { };
    }

    /** Not used by slice tests. */
    @Bean
    io.myapi.application.audit.port.in.ReadAuditTrailUseCase auditTrail() {
        return new io.myapi.application.audit.port.in.ReadAuditTrailUseCase() {
            @Override
            public io.myapi.application.audit.port.in.AuditPage page(Caller caller, long afterSequence, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public io.myapi.application.audit.port.in.AuditVerification verify(Caller caller) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Nobody has a subscription tier in slice tests. */
    @Bean
    io.myapi.application.identity.port.in.ResolveSubscriptionTierUseCase subscriptionTiers() {
        return userId -> Optional.empty();
    }

    /** Not used by slice tests. */
    @Bean
    io.myapi.application.identity.port.in.ChangeSubscriptionTierUseCase changeSubscriptionTier() {
        return (caller, userId, tier) -> {
            throw new UnsupportedOperationException();
        };
    }

    /** Stand-in ban list: only {@link #BANNED_IP}, for ten more minutes. */
    @Bean
    CheckIpBanUseCase bans() {
        return ip -> BANNED_IP.equals(ip)
                ? Optional.of(new IpBan(ip, NOW, NOW.plus(Duration.ofMinutes(10)), IpBan.Source.ADMINISTRATOR, "test"))
                : Optional.empty();
    }

    /** Not used by slice tests. */
    @Bean
    ManageIpBansUseCase banAdministration() {
        return new ManageIpBansUseCase() {
            @Override
            public IpBan ban(Caller caller, BanIpCommand command) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void lift(Caller caller, String ip) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<IpBan> list(Caller caller) {
                return List.of();
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
