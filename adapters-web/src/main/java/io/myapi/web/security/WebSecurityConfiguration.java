package io.myapi.web.security;

import io.myapi.web.error.ProblemResponseWriter;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one security filter chain. Every path is closed unless a rule opens it
 * ({@code anyRequest().denyAll()}); the only public paths are the health probes. Errors raised
 * here (401, 403) are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    /** Paths anyone may call. */
    static final String[] PUBLIC_GET_PATHS = {"/health/live", "/health/ready"};

    /**
     * Builds the chain.
     *
     * @param http Spring Security's builder
     * @param problems writes 401 and 403 bodies
     * @return the filter chain
     * @throws Exception if Spring Security rejects the configuration
     */
    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ProblemResponseWriter problems) throws Exception {
        http
                // A stateless API authenticated by bearer tokens and API keys, never by ambient
                // cookies, so there is no cross-site request to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint(problems))
                        .accessDeniedHandler(new ProblemAccessDeniedHandler(problems)))
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_GET_PATHS).permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }
}
