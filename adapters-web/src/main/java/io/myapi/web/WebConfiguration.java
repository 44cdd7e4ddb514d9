package io.myapi.web;

import io.myapi.application.identity.port.in.ResolveSubscriptionTierUseCase;
import io.myapi.application.ratelimit.port.in.AdmitRequestUseCase;
import io.myapi.application.ratelimit.port.in.CheckIpBanUseCase;
import io.myapi.application.ratelimit.port.in.ManageIpBansUseCase;
import io.myapi.application.audit.port.in.ReadAuditTrailUseCase;
import io.myapi.web.audit.AuditController;
import io.myapi.web.audit.RequestOriginFilter;
import io.myapi.web.correlation.CorrelationIdFilter;
import io.myapi.web.proxy.ClientAddressFilter;
import io.myapi.web.proxy.TrustedProxies;
import io.myapi.web.ratelimit.IpBanController;
import io.myapi.web.ratelimit.IpBanFilter;
import io.myapi.web.ratelimit.RateLimitBudgets;
import io.myapi.web.ratelimit.RequestThrottle;
import io.myapi.web.csp.CspReportController;
import io.myapi.web.error.ApiExceptionHandler;
import io.myapi.web.headers.SecurityHeadersFilter;
import io.myapi.web.injection.SqlInjectionGuardFilter;
import io.myapi.web.limits.BodySizeLimitFilter;
import io.myapi.web.limits.RequestLimits;
import io.myapi.web.limits.RequestTimeoutFilter;
import io.myapi.web.error.ProblemErrorController;
import io.myapi.web.error.ProblemFactory;
import io.myapi.web.error.ProblemJsonErrorReportValve;
import io.myapi.web.error.ProblemJsonTomcatCustomizer;
import io.myapi.web.error.ProblemResponseWriter;
import io.myapi.web.json.StrictJsonConfiguration;
import io.myapi.web.openapi.OpenApiConfiguration;
import io.myapi.web.security.WebSecurityConfiguration;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bean of the web adapter, declared explicitly (R3.3): nothing in this module is found
 * by component scanning. Needs a {@link Clock} bean from the application.
 */
@Configuration(proxyBeanMethods = false)
@Import({StrictJsonConfiguration.class, WebSecurityConfiguration.class, OpenApiConfiguration.class})
public class WebConfiguration {

    @Bean
    ProblemFactory problemFactory(Clock clock) {
        return new ProblemFactory(clock);
    }

    @Bean
    ProblemResponseWriter problemResponseWriter(ProblemFactory problems, JsonMapper jsonMapper) {
        return new ProblemResponseWriter(problems, jsonMapper);
    }

    @Bean
    ApiExceptionHandler apiExceptionHandler(ProblemFactory problems) {
        return new ApiExceptionHandler(problems);
    }

    @Bean
    CspReportController cspReportController(JsonMapper jsonMapper) {
        return new CspReportController(jsonMapper);
    }

    @Bean
    ProblemErrorController problemErrorController(ProblemResponseWriter writer) {
        return new ProblemErrorController(writer);
    }

    @Bean
    ProblemJsonTomcatCustomizer problemJsonTomcatCustomizer(ProblemFactory problems, JsonMapper jsonMapper) {
        return new ProblemJsonTomcatCustomizer(new ProblemJsonErrorReportValve(problems, jsonMapper));
    }

    /** Security headers on every response, right after the correlation id, on error dispatches too. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The client's address and scheme from a trusted proxy, before anything reads them; on error dispatches too. */
    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(ObjectProvider<TrustedProxies> proxies) {
        FilterRegistrationBean<ClientAddressFilter> registration =
                new FilterRegistrationBean<>(new ClientAddressFilter(proxies.getIfAvailable(TrustedProxies::none)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Each request's origin for the audit trail, once the client address is known. */
    @Bean
    FilterRegistrationBean<RequestOriginFilter> requestOriginFilter() {
        FilterRegistrationBean<RequestOriginFilter> registration = new FilterRegistrationBean<>(new RequestOriginFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    AuditController auditController(ReadAuditTrailUseCase trail) {
        return new AuditController(trail);
    }

    /** Banned addresses are refused before their requests are read. */
    @Bean
    FilterRegistrationBean<IpBanFilter> ipBanFilter(CheckIpBanUseCase bans, RateLimitBudgets budgets, ProblemResponseWriter writer,
            Clock clock) {
        FilterRegistrationBean<IpBanFilter> registration = new FilterRegistrationBean<>(new IpBanFilter(bans, budgets, writer, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    RequestThrottle requestThrottle(AdmitRequestUseCase admission, ResolveSubscriptionTierUseCase tiers, RateLimitBudgets budgets,
            ProblemResponseWriter writer) {
        return new RequestThrottle(admission, tiers, budgets, writer);
    }

    @Bean
    IpBanController ipBanController(ManageIpBansUseCase bans) {
        return new IpBanController(bans);
    }

    /** The request deadline, opened before the body is read so that a slow body counts against it. */
    @Bean
    FilterRegistrationBean<RequestTimeoutFilter> requestTimeoutFilter(ObjectProvider<RequestLimits> limits) {
        FilterRegistrationBean<RequestTimeoutFilter> registration =
                new FilterRegistrationBean<>(new RequestTimeoutFilter(limits.getIfAvailable(RequestLimits::defaults).timeout()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Oversized bodies are refused before anything reads them. */
    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(ObjectProvider<RequestLimits> limits, ProblemResponseWriter writer) {
        long maxBytes = limits.getIfAvailable(RequestLimits::defaults).maxBodyBytes();
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBytes, writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** SQL-injection signatures in paths and query parameters are refused before any handler runs. */
    @Bean
    FilterRegistrationBean<SqlInjectionGuardFilter> sqlInjectionGuardFilter(ProblemResponseWriter writer) {
        FilterRegistrationBean<SqlInjectionGuardFilter> registration = new FilterRegistrationBean<>(new SqlInjectionGuardFilter(writer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 7);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Runs before Spring Security and everything else, on error dispatches too. */
    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
