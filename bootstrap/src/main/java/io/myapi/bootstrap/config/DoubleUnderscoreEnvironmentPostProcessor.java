package io.myapi.bootstrap.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads nested settings from environment variables in the double-underscore form (R7.5):
 * {@code MYAPI__SECURITY__JWT__SECRET} sets {@code myapi.security.jwt.secret}, and a single
 * underscore inside a segment becomes a hyphen ({@code MYAPI__DATABASE__POOL__MAXIMUM_SIZE}
 * sets {@code myapi.database.pool.maximum-size}). Spring's own relaxed binding
 * ({@code MYAPI_SECURITY_JWT_SECRET}) keeps working beside it.
 */
public final class DoubleUnderscoreEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Prefix of the variables read. */
    public static final String PREFIX = "MYAPI__";

    /** Name of the property source this adds. */
    public static final String SOURCE_NAME = "myapiDoubleUnderscoreEnvironment";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> system = environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (!(system instanceof EnumerablePropertySource<?> variables)) {
            return;
        }
        Map<String, Object> current = new LinkedHashMap<>();
        for (String name : variables.getPropertyNames()) {
            if (name.startsWith(PREFIX)) {
                current.put(name, variables.getProperty(name));
            }
        }
        Map<String, Object> properties = translate(current);
        if (properties.isEmpty()) {
            return;
        }
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource(SOURCE_NAME, properties));
    }

    /**
     * Translates the variables that use the double-underscore form.
     *
     * @param variables environment variables
     * @return property names to values
     */
    static Map<String, Object> translate(Map<String, Object> variables) {
        Map<String, Object> properties = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                String propertyName = propertyName(name);
                if (propertyName != null) {
                    properties.put(propertyName, value);
                }
            }
        });
        return properties;
    }

    private static String propertyName(String variable) {
        String[] segments = variable.substring(PREFIX.length()).split("__", -1);
        StringBuilder name = new StringBuilder("myapi");
        for (String segment : segments) {
            if (segment.isEmpty() || segment.startsWith("_") || segment.endsWith("_")) {
                return null;
            }
            name.append('.').append(segment.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return name.toString();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }
}
