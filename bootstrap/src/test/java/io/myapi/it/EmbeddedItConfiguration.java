package io.myapi.it;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only additions to the real application: a public probe under {@code /it/} that logs and
 * fails on demand, so end-to-end tests can reach the MVC error path and the logs without the
 * identity features that arrive later. Production code has nothing like it.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedItConfiguration {

    static final Logger LOG = LoggerFactory.getLogger(EmbeddedItConfiguration.class);

    record Greeting(String name, int count) {
    }

    /** Registered as a member class of this configuration. */
    @RestController
    static class ItProbeController {
        @GetMapping("/it/log")
        String log() {
            LOG.info("it probe for alice@example.com");
            return "{}";
        }

        @GetMapping("/it/fail")
        String fail() {
            throw new IllegalStateException("it probe failure with jdbc:postgresql://u:hunter2@db/x");
        }

        @PostMapping(path = "/it/greet", consumes = "application/json", produces = "application/json")
        Greeting greet(@RequestBody Greeting greeting) {
            return greeting;
        }
    }

    @Bean
    @Order(0)
    SecurityFilterChain itProbeSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/it/**")
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .build();
    }
}
