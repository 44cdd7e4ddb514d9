package io.myapi.web.security;

import io.myapi.application.audit.port.in.RecordAuditEventUseCase;
import io.myapi.application.identity.port.in.AuthenticateAccessTokenUseCase;
import io.myapi.application.identity.port.in.AuthenticateApiKeyUseCase;
import io.myapi.web.cors.CorsPolicy;
import io.myapi.web.error.ProblemFactory;
import io.myapi.web.error.ProblemResponseWriter;
import io.myapi.web.ratelimit.RequestThrottle;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The one security filter chain. Every endpoint has one rule in {@link EndpointRules}; every
 * other request is denied ({@code anyRequest().denyAll()}), so a new endpoint is closed until a
 * rule opens it. Errors raised here (401, 403) are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    /**
     * Builds the chain.
     *
     * @param http Spring Security's builder
     * @param problems writes 401 and 403 bodies
     * @param problemFactory builds problem bodies
     * @param accessTokens bearer-token authentication
     * @param apiKeys API key authentication
     * @param handlers the MVC handler mapping, to answer 404/405 to authenticated callers
     * @param extraRules rules declared as beans (test probes), after {@link EndpointRules#ALL}
     * @param corsPolicy allowed origins; none when absent
     * @param throttle charges requests to their rate-limit budgets
     * @param audit the audit trail permission denials go on
     * @return the filter chain
     * @throws Exception if Spring Security rejects the configuration
     */
    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems, ProblemFactory problemFactory,
            AuthenticateAccessTokenUseCase accessTokens, AuthenticateApiKeyUseCase apiKeys,
            ObjectProvider<RequestMappingInfoHandlerMapping> handlers, ObjectProvider<EndpointRule> extraRules,
            ObjectProvider<CorsPolicy> corsPolicy, RequestThrottle throttle, RecordAuditEventUseCase audit) throws Exception {
        // Built here, not as a bean: a filter bean would also be registered as a servlet filter.
        CredentialAuthenticationFilter credentials = new CredentialAuthenticationFilter(accessTokens, apiKeys, problemFactory, problems,
                throttle);
        CorsFilter cors = new CorsFilter(corsPolicy.getIfAvailable(() -> new CorsPolicy(List.of())).source());
        cors.setCorsProcessor(CorsPolicy.processor(problems));
        http
                // A stateless API authenticated by bearer tokens and API keys, never by ambient
                // cookies (the refresh cookie is checked separately), so there is no cross-site
                // request to forge.
                .csrf(AbstractHttpConfigurer::disable)
                // SecurityHeadersFilter sets every security header, on responses this chain never sees too.
                .headers(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // Before authentication: a preflight carries no credentials, a refused origin goes no further.
                .addFilterBefore(cors, SecurityContextHolderFilter.class)
                .addFilterBefore(credentials, AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems, handlers, audit)))
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    List<EndpointRule> all = new ArrayList<>(EndpointRules.ALL);
                    extraRules.orderedStream().forEach(all::add);
                    for (EndpointRule rule : all) {
                        if (rule.access() == EndpointRule.Access.PUBLIC) {
                            rules.requestMatchers(rule.method(), rule.pattern()).permitAll();
                        } else {
                            rules.requestMatchers(rule.method(), rule.pattern()).access(accessFor(rule));
                        }
                    }
                    rules.anyRequest().denyAll();
                });
        return http.build();
    }

    /**
     * No Micrometer observation around each security filter: with the actuator present, Spring
     * Security would otherwise wrap every filter of every request in an observation, which cost
     * more than authentication itself (see the README's benchmark). Requests stay observed as a
     * whole by the server's own HTTP observation.
     *
     * @return settings with security observations off
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static AuthorizationManager<RequestAuthorizationContext> accessFor(EndpointRule rule) {
        return (authentication, context) -> {
            Authentication current = authentication.get();
            if (rule.access() == EndpointRule.Access.AUTHENTICATED) {
                return new AuthorizationDecision(current != null && current.isAuthenticated()
                        && !(current instanceof AnonymousAuthenticationToken));
            }
            if (!(current instanceof CallerAuthentication)) {
                return new AuthorizationDecision(false);
            }
            Set<String> authorities = current.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet());
            return new AuthorizationDecision(rule.allows(authorities));
        };
    }
}
