package io.myapi.bootstrap.config;

import io.myapi.infrastructure.secrets.LocalSecretFiles;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In development only: when no signing or cookie secret is configured, uses the one generated on first
 * start into {@code <data dir>/secrets/} (0600, never logged). Staging and production get
 * nothing here and refuse to start without their own.
 */
public final class DevelopmentSecretsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String SOURCE_NAME = "myapiGeneratedDevelopmentSecrets";

    static final String JWT_SECRET_PROPERTY = "myapi.security.jwt.secret";

    static final String COOKIE_SECRET_PROPERTY = "myapi.security.cookie.secret";

    private static final int SECRET_BYTES = 48;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = DeploymentEnvironment.nameIn(environment);
        if (!mode.equals("development")) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("myapi.data-dir", "./data"));
        LocalSecretFiles files = new LocalSecretFiles(dataDir.resolve("secrets"), new SecureRandom());
        Map<String, Object> generated = new java.util.HashMap<>();
        if (!environment.containsProperty(JWT_SECRET_PROPERTY)) {
            generated.put(JWT_SECRET_PROPERTY, files.loadOrCreate("jwt-secret", SECRET_BYTES).reveal());
        }
        if (!environment.containsProperty(COOKIE_SECRET_PROPERTY)) {
            generated.put(COOKIE_SECRET_PROPERTY, files.loadOrCreate("cookie-secret", SECRET_BYTES).reveal());
        }
        if (!generated.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, generated));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
