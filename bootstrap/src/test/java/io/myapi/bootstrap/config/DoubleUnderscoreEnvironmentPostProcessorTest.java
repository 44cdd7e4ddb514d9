package io.myapi.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DoubleUnderscoreEnvironmentPostProcessorTest {

    @Test
    @Tag("R7.5")
    void translatesNestedVariableNames() {
        Map<String, Object> properties = DoubleUnderscoreEnvironmentPostProcessor.translate(Map.of(
                "MYAPI__SECURITY__JWT__SECRET", "s",
                "MYAPI__DATABASE__POOL__MAXIMUM_SIZE", "50",
                "MYAPI__RATE_LIMITS__LOGIN", "5/minute",
                "MYAPI_DATA_DIR", "ignored: single underscore is Spring's own form",
                "MYAPI____BROKEN", "ignored",
                "PATH", "/usr/bin"));

        assertThat(properties).containsOnly(
                Map.entry("myapi.security.jwt.secret", "s"),
                Map.entry("myapi.database.pool.maximum-size", "50"),
                Map.entry("myapi.rate-limits.login", "5/minute"));
    }

    @Test
    @Tag("R7.5")
    @Tag("R17.2")
    void variablesBindIntoTheSettingsRecords() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new org.springframework.core.env.SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("MYAPI__DATABASE__POOL__MAXIMUM_SIZE", "50", "MYAPI_RATELIMITS_LOGIN", "3/second")));

        new DoubleUnderscoreEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        MyApiProperties settings = Binder.get(environment).bindOrCreate("myapi", MyApiProperties.class);
        assertThat(settings.database().pool().maximumSize()).isEqualTo(50);
        assertThat(settings.rateLimits().login().toString()).isEqualTo("3/second");
        assertThat(environment.getPropertySources().get(DoubleUnderscoreEnvironmentPostProcessor.SOURCE_NAME))
                .isInstanceOf(MapPropertySource.class);
    }
}
