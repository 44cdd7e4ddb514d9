package io.myapi.web.support;

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

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
