package io.myapi.web.support;

import io.myapi.domain.shared.Secret;
import io.myapi.domain.shared.Ulid;
import io.myapi.web.validation.SafeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise the error and input machinery; test sources only. */
@RestController
@RequestMapping(path = "/api/test", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProbeController {

    /** A request record like the real ones. */
    public record EchoRequest(
            @NotBlank @SafeText(max = 20, allow = SafeText.CharacterClass.NAME) String displayName,
            @Min(1) @Max(1000) int quantity,
            boolean active,
            @NotNull @Size(max = 3) List<@SafeText(max = 10, allow = SafeText.CharacterClass.IDENTIFIER) String> tags,
            @Valid Nested nested,
            @org.jspecify.annotations.Nullable Map<String, Object> metadata) {
    }

    /** A nested object. */
    public record Nested(@NotBlank String postalCode, long count) {
    }

    @PostMapping(path = "/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    public EchoRequest echo(@Valid @RequestBody EchoRequest request) {
        return request;
    }

    /** Exists, but its rule needs a permission no slice-test caller has. */
    @GetMapping("/restricted")
    public Map<String, String> restricted() {
        return Map.of("reached", "yes");
    }

    @GetMapping("/secret")
    public Map<String, Object> secret() {
        return Map.of("name", "db", "password", Secret.of("hunter2-hunter2"));
    }

    @GetMapping("/items/{id}")
    public Map<String, String> item(@PathVariable String id) {
        return Map.of("id", Ulid.parse(id).value());
    }

    @GetMapping("/page")
    public Map<String, Integer> page(@RequestParam @Min(1) @Max(100) int limit) {
        return Map.of("limit", limit);
    }

    /** What the application believes about the client after the trusted-proxy filter. */
    @GetMapping("/client")
    Map<String, Object> client(jakarta.servlet.http.HttpServletRequest request) {
        return Map.of("ip", request.getRemoteAddr(), "secure", request.isSecure());
    }

    @GetMapping("/correlation")
    public Map<String, String> correlation() {
        return Map.of("mdc", String.valueOf(MDC.get("correlation_id")));
    }

    @GetMapping("/fail/unexpected")
    public void unexpected() {
        throw new IllegalStateException("boom at /etc/myapi/secret.key for user alice@example.com",
                new IllegalArgumentException("root cause"));
    }

    @GetMapping("/fail/database")
    public void database() {
        throw new DataIntegrityViolationException(
                "could not execute statement [insert into users (email) values (?)]; constraint [users_email_key]");
    }

    @GetMapping("/fail/pool")
    public void pool() {
        throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("myapi-db - Connection is not available, request timed out after 5000ms"));
    }

    @GetMapping("/fail/storage")
    public void storage() {
        throw new UncheckedIOException(new NoSuchFileException("/var/lib/myapi/uploads/0a1b2c.png"));
    }
}
