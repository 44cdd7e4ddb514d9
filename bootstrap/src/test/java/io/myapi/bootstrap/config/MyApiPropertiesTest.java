package io.myapi.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/** Binding and validation of {@link MyApiProperties}, without the rest of the application. */
@ExtendWith(OutputCaptureExtension.class)
public class MyApiPropertiesTest {

    static final String STRONG_SECRET = randomSecret();

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MyApiProperties.class)
    static class PropertiesOnly {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    private ApplicationContextRunner production(String... overrides) {
        List<String> values = new java.util.ArrayList<>(List.of(
                "myapi.environment=production",
                "myapi.database.url=jdbc:postgresql://db:5432/shop",
                "myapi.redis.url=redis://cache:6379",
                "myapi.security.jwt.secret=" + STRONG_SECRET,
                "myapi.security.cors.allowed-origins=https://shop.example.com"));
        values.addAll(List.of(overrides));
        return runner.withPropertyValues(values.toArray(String[]::new));
    }

    private static String failureText(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        StringWriter text = new StringWriter();
        context.getStartupFailure().printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    @Test
    @Tag("R7.1")
    void bindsDefaultsForTheEmbeddedShape() {
        runner.run(context -> {
            MyApiProperties settings = context.getBean(MyApiProperties.class);
            assertThat(settings.environment()).isEqualTo(DeploymentEnvironment.DEVELOPMENT);
            assertThat(settings.database().url()).isNull();
            assertThat(settings.database().pool().minimumIdle()).isEqualTo(5);
            assertThat(settings.rateLimits().anonymous().toString()).isEqualTo("60/minute");
        });
    }

    @Test
    @Tag("R36.2")
    void theDefaultAlertThresholdsAreReachableUnderTheDefaultBudgets() {
        // Failures refused by a budget are never recorded, so an alert must trigger below it.
        runner.run(context -> {
            MyApiProperties settings = context.getBean(MyApiProperties.class);
            assertThat(settings.monitoring().failuresPerAccount().requests())
                    .isLessThan(settings.rateLimits().loginPerAccount().requests());
            assertThat(settings.monitoring().failuresPerAddress().requests())
                    .isLessThan(settings.rateLimits().login().requests())
                    .isLessThan(settings.rateLimits().refusedCredentials().requests());
            assertThat(settings.monitoring().failuresPerAccount().unit()).isEqualTo(settings.rateLimits().loginPerAccount().unit());
        });
    }

    @Test
    @Tag("R7.1")
    void acceptsACompleteProductionConfiguration() {
        production().run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    @Tag("R7.1")
    @Tag("R17.1")
    void refusesProductionWithoutTheItsOwnDatabaseRedisAndSecretNamingEachProperty() {
        runner.withPropertyValues("myapi.environment=production").run(context -> {
            String failure = failureText(context);
            assertThat(failure).contains("database.url", "redis.url", "security.jwt.secret", "is required in production");
        });
    }

    @Test
    @Tag("R7.4")
    @Tag("R13.4")
    @Tag("R17.1")
    void refusesAShortSecretWithoutPrintingIt() {
        production("myapi.security.jwt.secret=Zq8#kV2!pL9@wX4$").run(context -> {
            String failure = failureText(context);
            assertThat(failure).contains("security.jwt.secret", "at least 32").doesNotContain("Zq8#kV2!pL9@wX4$");
        });
    }

    @Test
    @Tag("R17.6")
    void refusesALowEntropySecretInAnyEnvironment() {
        runner.withPropertyValues("myapi.security.jwt.secret=" + "a".repeat(48)).run(context -> {
            String failure = failureText(context);
            assertThat(failure).contains("security.jwt.secret", "entropy").doesNotContain("a".repeat(48));
        });
    }

    @Test
    @Tag("R1.2")
    @Tag("R15.1")
    void refusesWildcardCorsInProductionAndWarns(CapturedOutput output) {
        production("myapi.security.cors.allowed-origins=*").run(context -> {
            assertThat(failureText(context)).contains("security.cors.allowed-origins", "wildcard");
        });
        assertThat(output.getAll()).contains("SECURITY: wildcard CORS origin refused in production");
    }

    @Test
    @Tag("R1.2")
    void allowsWildcardCorsInDevelopmentWithAWarning(CapturedOutput output) {
        runner.withPropertyValues("myapi.security.cors.allowed-origins=*").run(context -> assertThat(context).hasNotFailed());
        assertThat(output.getAll()).contains("SECURITY: wildcard CORS origin configured");
    }

    @Test
    @Tag("R25.6")
    void refusesDebugInProductionAndWarns(CapturedOutput output) {
        production("myapi.debug=true").run(context -> assertThat(failureText(context)).contains("debug", "must be false in production"));
        assertThat(output.getAll()).contains("SECURITY: debug mode requested in production");
    }

    @Test
    @Tag("R7.3")
    void refusesMalformedRateLimits() {
        runner.withPropertyValues("myapi.rate-limits.login=ten per minute").run(context ->
                assertThat(failureText(context)).contains("myapi.rate-limits.login", "<number>/<unit>"));
    }

    @Test
    @Tag("R24.1")
    void boundsThePoolBetween5And100() {
        runner.withPropertyValues("myapi.database.pool.maximum-size=500").run(context ->
                assertThat(failureText(context)).contains("database.pool.maximumSize"));
        runner.withPropertyValues("myapi.database.pool.minimum-idle=1").run(context ->
                assertThat(failureText(context)).contains("database.pool.minimumIdle"));
    }

    @Test
    @Tag("R17.3")
    void secretsInSettingsPrintMasked() {
        production("myapi.database.password=hunter2-hunter2",
                "myapi.database.url=jdbc:postgresql://app:hunter2-in-url@db:5432/shop?password=hunter2-in-query").run(context -> {
            MyApiProperties settings = context.getBean(MyApiProperties.class);
            assertThat(settings.toString()).doesNotContain("hunter2", STRONG_SECRET).contains("db:5432/shop");
        });
    }

    /** @return a fresh random secret that passes the strength policy */
    public static String strongSecret() {
        return randomSecret();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
