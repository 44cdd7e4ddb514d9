package io.myapi.bootstrap.config;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start staging or production with Spring-level debug settings that would expose
 * internals: {@code debug}, {@code trace}, the H2 console, stack traces or exception messages in
 * error responses (R25.6). Our own {@code myapi.debug} is checked by {@link SafeForEnvironment}.
 */
public final class ProductionDebugGuard implements EnvironmentPostProcessor, Ordered {

    private static final List<String> MUST_BE_FALSE = List.of("debug", "trace", "spring.h2.console.enabled");
    private static final List<String> MUST_BE_NEVER = List.of(
            "server.error.include-stacktrace", "server.error.include-message", "server.error.include-exception");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = DeploymentEnvironment.nameIn(environment);
        if (mode.equals("development")) {
            return;
        }
        for (String property : MUST_BE_FALSE) {
            String value = environment.getProperty(property);
            // a bare flag such as --debug arrives as an empty value and means true
            if (value != null && !value.strip().equalsIgnoreCase("false")) {
                throw new InsecureConfigurationException(property, "must be false in " + mode);
            }
        }
        for (String property : MUST_BE_NEVER) {
            String value = environment.getProperty(property);
            if (value != null && !value.strip().equalsIgnoreCase("never") && !value.strip().equalsIgnoreCase("false")) {
                throw new InsecureConfigurationException(property, "must be never in " + mode);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
