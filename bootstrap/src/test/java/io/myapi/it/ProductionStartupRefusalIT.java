package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.MyApiApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application refuses to start in production on insecure settings, naming the property. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartupRefusalIT {

    private static final String WEAK_SECRET = "Zq8#kV2!pL9@wX4$";

    private static List<String> production(String... overrides) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--myapi.environment=production",
                "--myapi.database.url=" + ProductionSettings.DATABASE_URL,
                "--myapi.database.username=myapi_test",
                "--myapi.redis.url=redis://127.0.0.1:6379/0",
                "--myapi.security.jwt.secret=" + ProductionSettings.JWT_SECRET,
                "--myapi.security.cors.allowed-origins=https://shop.example.com"));
        for (String override : overrides) {
            String key = override.contains("=") ? override.substring(0, override.indexOf('=') + 1) : override;
            args.removeIf(arg -> arg.startsWith(key));
            if (!override.endsWith("=")) {
                args.add(override);
            }
        }
        return args;
    }

    private static String refusal(List<String> args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MyApiApplication.class)
                .run(args.toArray(String[]::new))) {
            throw new AssertionError("the application started with " + args);
        } catch (RuntimeException expected) {
            StringWriter text = new StringWriter();
            expected.printStackTrace(new PrintWriter(text));
            return text.toString();
        }
    }

    @Test
    @Tag("R7.4")
    @Tag("R13.4")
    @Tag("R17.1")
    void refusesA16CharacterSigningSecret(CapturedOutput output) {
        String failure = refusal(production("--myapi.security.jwt.secret=" + WEAK_SECRET));

        assertThat(failure).contains("security.jwt.secret", "at least 32");
        assertThat(failure + output.getAll()).doesNotContain(WEAK_SECRET);
    }

    @Test
    @Tag("R1.2")
    @Tag("R15.1")
    void refusesWildcardCors() {
        assertThat(refusal(production("--myapi.security.cors.allowed-origins=*")))
                .contains("security.cors.allowed-origins", "wildcard");
    }

    @Test
    @Tag("R7.1")
    void refusesAMissingDatabaseUrl() {
        assertThat(refusal(production("--myapi.database.url="))).contains("database.url", "is required in production");
    }

    @Test
    @Tag("R25.6")
    void refusesSpringDebugSettings() {
        assertThat(refusal(production("--server.error.include-stacktrace=always")))
                .contains("server.error.include-stacktrace", "must be never in production");
        assertThat(refusal(production("--debug=true"))).contains("'debug'", "must be false in production");
        assertThat(refusal(production("--debug"))).contains("'debug'", "must be false in production");
    }
}
