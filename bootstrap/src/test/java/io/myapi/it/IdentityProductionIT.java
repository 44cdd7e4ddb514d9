package io.myapi.it;

import static io.myapi.it.IdentityApi.PASSWORD;
import static io.myapi.it.IdentityApi.assertProblem;
import static io.myapi.it.IdentityApi.json;
import static io.myapi.it.IdentityApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.myapi.MyApiApplication;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import io.myapi.web.security.EndpointRule;
import io.myapi.web.security.EndpointRules;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Identity and access end to end over HTTP, in production mode on the real PostgreSQL and Redis:
 * registration, login, refresh rotation and reuse detection, logout, timeouts with a moved
 * clock, forced reset, RBAC, cookie mode, forged tokens and API keys across two instances.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class IdentityProductionIT extends ProductionContext {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    UserRepository users;

    @Autowired
    org.springframework.core.env.Environment environment;

    @AfterEach
    void backToSystemTime() {
        clock.reset();
    }

    private IdentityApi api() {
        return new IdentityApi(port);
    }

    private String adminToken() throws Exception {
        String email = uniqueEmail();
        String id = api().register(email).get("id").asString();
        User user = users.findById(UserId.parse(id)).orElseThrow();
        user.replaceRoles(EnumSet.of(Role.ADMIN, Role.AUDITOR), Instant.now());
        users.save(user);
        return api().loginOk(email, PASSWORD).get("access_token").asString();
    }

    @Test
    @Tag("R8.3")
    @Tag("R13.5")
    @Tag("R13.6")
    @Tag("R28.3")
    @Tag("R28.5")
    void registerLoginRefreshReuseAndLogout() throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        JsonNode registered = api.register(email.toUpperCase(java.util.Locale.ROOT));
        assertThat(registered.get("email").asString()).isEqualTo(email);
        assertThat(registered.get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
        assertThat(registered.toString()).doesNotContain(PASSWORD, "password_hash", "argon2");

        JsonNode login = api.loginOk(email, PASSWORD);
        assertThat(login.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(login.get("expires_in").asLong()).isEqualTo(900);
        assertThat(api.me(login.get("access_token").asString()).statusCode()).isEqualTo(200);

        HttpResponse<String> refreshed = api.refresh(login.get("refresh_token").asString());
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode second = json(refreshed);
        assertThat(second.get("session_id").asString()).isEqualTo(login.get("session_id").asString());
        assertThat(api.me(second.get("access_token").asString()).statusCode()).isEqualTo(200);

        // The spent refresh token comes back: the whole session is revoked, new tokens included.
        assertProblem(api.refresh(login.get("refresh_token").asString()), 401, "INVALID_TOKEN");
        assertProblem(api.me(second.get("access_token").asString()), 401, "INVALID_TOKEN");
        assertProblem(api.refresh(second.get("refresh_token").asString()), 401, "INVALID_TOKEN");

        JsonNode again = api.loginOk(email, PASSWORD);
        assertThat(again.get("session_id").asString()).isNotEqualTo(login.get("session_id").asString());
        HttpResponse<String> logout = api.withBearer("POST", "/api/v1/auth/logout", null, again.get("access_token").asString());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("__Host-myapi-refresh=;").contains("Max-Age=0"));
        assertProblem(api.me(again.get("access_token").asString()), 401, "INVALID_TOKEN");
        assertProblem(api.refresh(again.get("refresh_token").asString()), 401, "INVALID_TOKEN");
    }

    @Test
    @Tag("R18.5")
    void unknownEmailAndWrongPasswordGetTheSameAnswer() throws Exception {
        String email = uniqueEmail();
        api().register(email);

        HttpResponse<String> wrong = api().login(email, "Violet-Orbit-42-Tundrx");
        HttpResponse<String> unknown = api().login(uniqueEmail(), PASSWORD);

        assertProblem(wrong, 401, "INVALID_CREDENTIALS");
        assertProblem(unknown, 401, "INVALID_CREDENTIALS");
        assertThat(json(wrong).get("detail")).isEqualTo(json(unknown).get("detail"));
    }

    @Test
    @Tag("R8.5")
    @Tag("R18.2")
    @Tag("R18.3")
    void weakPasswordsAreRefusedWithFieldErrorsThatNeverEchoThePassword() throws Exception {
        HttpResponse<String> response = api().http.send("POST", "/api/v1/auth/register",
                "{\"email\":\"" + uniqueEmail() + "\",\"password\":\"iloveyou\",\"display_name\":\"Sam\"}");

        assertProblem(response, 400, "WEAK_PASSWORD");
        assertThat(response.body()).contains("password_too_short", "password_common").doesNotContain("iloveyou");
    }

    @Test
    @Tag("R28.4")
    @Tag("R11.1")
    void idleSessionsEndAfterThirtyMinutesAndEverySessionAfterTwentyFourHours() throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);

        JsonNode idle = api.loginOk(email, PASSWORD);
        clock.advance(Duration.ofMinutes(31));
        assertProblem(api.refresh(idle.get("refresh_token").asString()), 401, "INVALID_TOKEN");

        JsonNode busy = api.loginOk(email, PASSWORD);
        String refresh = busy.get("refresh_token").asString();
        for (int i = 0; i < 71; i++) {
            clock.advance(Duration.ofMinutes(20));
            HttpResponse<String> next = api.refresh(refresh);
            assertThat(next.statusCode()).as("refresh %d: %s", i, next.body()).isEqualTo(200);
            refresh = json(next).get("refresh_token").asString();
        }
        clock.advance(Duration.ofMinutes(21));
        assertProblem(api.refresh(refresh), 401, "INVALID_TOKEN");
    }

    @Test
    @Tag("R18.6")
    void aForcedResetBlocksTheAccountUntilThePasswordIsChanged() throws Exception {
        IdentityApi api = api();
        String admin = adminToken();
        String email = uniqueEmail();
        String id = api.register(email).get("id").asString();
        String before = api.loginOk(email, PASSWORD).get("access_token").asString();

        HttpResponse<String> forced = api.withBearer("POST", "/api/v1/admin/users/" + id + "/force-password-reset", null, admin);
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(204);

        assertProblem(api.me(before), 401, "INVALID_TOKEN");
        JsonNode restricted = api.loginOk(email, PASSWORD);
        assertThat(restricted.get("password_reset_required").asBoolean()).isTrue();
        String limited = restricted.get("access_token").asString();
        assertProblem(api.me(limited), 403, "PASSWORD_RESET_REQUIRED");
        assertProblem(api.withBearer("GET", "/api/v1/api-keys", null, limited), 403, "PASSWORD_RESET_REQUIRED");

        HttpResponse<String> changed = api.withBearer("POST", "/api/v1/auth/password",
                "{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"" + IdentityApi.NEW_PASSWORD + "\"}", limited);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertProblem(api.login(email, PASSWORD), 401, "INVALID_CREDENTIALS");
        JsonNode normal = api.loginOk(email, IdentityApi.NEW_PASSWORD);
        assertThat(normal.get("password_reset_required").asBoolean()).isFalse();
        assertThat(api.me(normal.get("access_token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    @Tag("R8.4")
    @Tag("R12.4")
    @Tag("R36.3")
    void everyEndpointChecksTheCallersPermissionAndUnknownRoutesAre404Or405(CapturedOutput output) throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);
        String customer = api.loginOk(email, PASSWORD).get("access_token").asString();
        String admin = adminToken();

        assertProblem(api.withBearer("GET", "/api/v1/admin/users", null, customer), 403, "ACCESS_DENIED");
        assertProblem(api.withBearer("PUT", "/api/v1/admin/users/01ARZ3NDEKTSV4RRFFQ69G5FAV/roles", "{\"roles\":[\"ADMIN\"]}", customer),
                403, "ACCESS_DENIED");
        assertThat(output.getAll()).contains("\"event_type\":\"ACCESS_DENIED\"", "\"resource\":\"/api/v1/admin/users\"",
                "\"required\":\"PERMISSION:USER_READ\"", "\"required\":\"SESSION_PERMISSION:USER_MANAGE\"");
        HttpResponse<String> list = api.withBearer("GET", "/api/v1/admin/users?limit=5", null, admin);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).get("limit").asInt()).isEqualTo(5);
        assertProblem(api.withBearer("GET", "/api/v1/admin/users?limit=500", null, admin), 400, "VALIDATION_FAILED");

        assertProblem(api.withBearer("GET", "/v3/api-docs", null, customer), 403, "ACCESS_DENIED");
        assertThat(api.withBearer("GET", "/v3/api-docs", null, admin).statusCode()).isEqualTo(200);

        assertProblem(api.withBearer("GET", "/api/v1/no-such-endpoint", null, customer), 404, "NOT_FOUND");
        HttpResponse<String> wrongMethod = api.withBearer("DELETE", "/api/v1/me", null, customer);
        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertProblem(api.http.send("GET", "/api/v1/no-such-endpoint", null), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @Tag("R12.4")
    void everyRuleOfTheTableHoldsOverHttpForAnonymousCallersAndCustomers() throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);
        String customer = api.loginOk(email, PASSWORD).get("access_token").asString();
        java.util.Set<io.myapi.domain.user.Permission> customerPermissions = Role.CUSTOMER.permissions();
        for (EndpointRule rule : EndpointRules.ALL) {
            if (rule.access() == EndpointRule.Access.PUBLIC) {
                continue;
            }
            String path = rule.pattern().replaceAll("\\{[^}]+\\}", "01ARZ3NDEKTSV4RRFFQ69G5FAV");
            String body = rule.method().matches("GET") || rule.method().matches("DELETE") ? null : "{}";
            assertProblem(api.http.send(rule.method().name(), path, body), 401, "AUTHENTICATION_REQUIRED");
            boolean customerLacksPermission = !rule.anyOf().isEmpty() && rule.anyOf().stream().noneMatch(customerPermissions::contains);
            if (customerLacksPermission) {
                assertProblem(api.withBearer(rule.method().name(), path, body, customer), 403, "ACCESS_DENIED");
            }
        }
    }

    @Test
    @Tag("R8.4")
    void grantedRolesTakeEffectAtTheNextLoginAndEndCurrentSessions() throws Exception {
        IdentityApi api = api();
        String admin = adminToken();
        String email = uniqueEmail();
        String id = api.register(email).get("id").asString();
        String customer = api.loginOk(email, PASSWORD).get("access_token").asString();

        HttpResponse<String> granted = api.withBearer("PUT", "/api/v1/admin/users/" + id + "/roles",
                "{\"roles\":[\"CUSTOMER\",\"AUDITOR\"]}", admin);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(json(granted).get("roles").toString()).contains("AUDITOR", "CUSTOMER");

        assertProblem(api.me(customer), 401, "INVALID_TOKEN");
        String auditor = api.loginOk(email, PASSWORD).get("access_token").asString();
        assertThat(api.withBearer("GET", "/api/v1/admin/users", null, auditor).statusCode()).isEqualTo(200);
        assertProblem(api.withBearer("PUT", "/api/v1/admin/users/" + id + "/roles", "{\"roles\":[\"ADMIN\"]}", auditor),
                403, "ACCESS_DENIED");
        assertProblem(api.withBearer("PUT", "/api/v1/admin/users/" + id + "/roles", "{\"roles\":[\"ROOT\"]}", admin),
                400, "VALIDATION_FAILED");
    }

    @Test
    @Tag("R28.2")
    @Tag("R28.5")
    void theCookieModeKeepsTheRefreshTokenInAHostOnlyHttpOnlyStrictCookie() throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);

        HttpResponse<String> login = api.http.send("POST", "/api/v1/auth/login?cookie=true",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(json(login).has("refresh_token")).isFalse();
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("__Host-myapi-refresh=").contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertThat(cookie).doesNotContain("eyJ");

        HttpResponse<String> refreshed = api.http.send("POST", "/api/v1/auth/refresh", "{}", "Cookie", cookie);
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.headers().firstValue("Set-Cookie")).isPresent();
        assertProblem(api.http.send("POST", "/api/v1/auth/refresh", "{}", "Cookie", cookie), 401, "INVALID_TOKEN");
        assertProblem(api.http.send("POST", "/api/v1/auth/refresh", "{}", "Cookie", "__Host-myapi-refresh=forged"), 401, "INVALID_TOKEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE"})
    @Tag("R13.1")
    @Tag("R1.3")
    void unsignedTokensAreRefusedOverHttp(String alg) throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);
        String[] parts = api.loginOk(email, PASSWORD).get("access_token").asString().split("\\.");
        String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"at+jwt\"}");

        HttpResponse<String> response = api.me(header + "." + parts[1] + ".");

        assertProblem(response, 401, "INVALID_TOKEN");
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer error=\"invalid_token\"");
    }

    @Test
    @Tag("R13.2")
    @Tag("R8.2")
    void forgedExpiredForeignAndWronglyTypedTokensAreAll401NeverA500() throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);
        JsonNode login = api.loginOk(email, PASSWORD);
        String access = login.get("access_token").asString();
        String[] parts = access.split("\\.");
        String kid = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8).replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
        javax.crypto.SecretKey realKey = Keys.hmacShaKeyFor(ProductionSettings.JWT_SECRET.getBytes(StandardCharsets.UTF_8));
        String subject = login.get("session_id").asString();
        Instant now = clock.instant();

        List<String> forgeries = List.of(
                "garbage",
                parts[0] + "." + b64("{\"sub\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"scopes\":[\"user_manage\"]}") + "." + parts[2],
                login.get("refresh_token").asString(),
                mint(realKey, kid, "someone-else", "my-api", now, now.plusSeconds(600), subject),
                mint(realKey, kid, "my-api", "another-api", now, now.plusSeconds(600), subject),
                mint(realKey, kid, "my-api", "my-api", now.minusSeconds(3600), now.minusSeconds(1800), subject),
                mint(Keys.hmacShaKeyFor(new byte[32]), kid, "my-api", "my-api", now, now.plusSeconds(600), subject),
                "eyJhbGciOiJIUzI1NiJ9." + "A".repeat(5000) + ".sig");
        for (String forged : forgeries) {
            assertProblem(api.me(forged), 401, "INVALID_TOKEN");
        }
        assertProblem(api.http.send("GET", "/api/v1/me", null, "Authorization", "Basic dXNlcjpwYXNz"), 401, "INVALID_TOKEN");
        assertProblem(api.http.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + access, "X-API-Key", "myapi.x.y"),
                401, "INVALID_TOKEN");
        assertThat(api.me(access).statusCode()).isEqualTo(200);
    }

    private static String mint(javax.crypto.SecretKey key, String kid, String issuer, String audience, Instant issued,
            Instant expires, String sessionId) {
        return Jwts.builder().header().keyId(kid).type("at+jwt").and()
                .issuer(issuer).audience().add(audience).and().subject("01ARZ3NDEKTSV4RRFFQ69G5FAV").id("forged")
                .claim("sid", sessionId).claim("token_type", "access").claim("scopes", List.of("user_manage"))
                .issuedAt(Date.from(issued)).notBefore(Date.from(issued)).expiration(Date.from(expires))
                .signWith(key, Jwts.SIG.HS256).compact();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Tag("R37.1")
    @Tag("R37.3")
    @Tag("R37.4")
    @Tag("R37.5")
    @Tag("R28.2")
    void apiKeysAndSessionsAreRevokedAtOnceOnEveryInstance() throws Exception {
        IdentityApi api = api();
        String email = uniqueEmail();
        api.register(email);
        String token = api.loginOk(email, PASSWORD).get("access_token").asString();
        HttpResponse<String> created = api.withBearer("POST", "/api/v1/api-keys", "{\"name\":\"deploy bot\"}", token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode key = json(created);
        String plaintext = key.get("key").asString();
        assertThat(plaintext).startsWith("myapi." + key.get("prefix").asString() + ".");

        try (ConfigurableApplicationContext second = startSecondInstance()) {
            IdentityApi other = new IdentityApi(Integer.parseInt(second.getEnvironment().getProperty("local.server.port")));
            HttpResponse<String> viaKey = other.http.send("GET", "/api/v1/me", null, "X-API-Key", plaintext);
            assertThat(viaKey.statusCode()).as(viaKey.body()).isEqualTo(200);
            assertThat(other.http.send("GET", "/api/v1/me", null, "X-API-Key", plaintext).statusCode()).isEqualTo(200);
            assertThat(other.me(token).statusCode()).isEqualTo(200);
            // A key cannot manage keys: credentials are managed with a session only.
            assertProblem(other.http.send("GET", "/api/v1/api-keys", null, "X-API-Key", plaintext), 403, "ACCESS_DENIED");

            HttpResponse<String> listed = api.withBearer("GET", "/api/v1/api-keys", null, token);
            assertThat(listed.body()).contains(key.get("id").asString()).doesNotContain(plaintext.substring(plaintext.lastIndexOf('.') + 1));
            assertThat(api.withBearer("DELETE", "/api/v1/api-keys/" + key.get("id").asString(), null, token).statusCode()).isEqualTo(204);
            assertProblem(other.http.send("GET", "/api/v1/me", null, "X-API-Key", plaintext), 401, "INVALID_TOKEN");

            assertThat(api.withBearer("POST", "/api/v1/auth/logout", null, token).statusCode()).isEqualTo(204);
            assertProblem(other.me(token), 401, "INVALID_TOKEN");
        }
    }

    @Test
    @Tag("R34.3")
    @Tag("R34.6")
    @Tag("R9.3")
    void detailedHealthAndMetricsAreForAdministratorsOnly() throws Exception {
        IdentityApi api = api();
        assertProblem(api.http.send("GET", "/actuator/health", null), 401, "AUTHENTICATION_REQUIRED");
        String email = uniqueEmail();
        api.register(email);
        String customer = api.loginOk(email, PASSWORD).get("access_token").asString();
        assertProblem(api.withBearer("GET", "/actuator/health", null, customer), 403, "ACCESS_DENIED");

        HttpResponse<String> detail = api.withBearer("GET", "/actuator/health", null, adminToken());
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        JsonNode components = json(detail).get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("db").get("details").get("database").asString()).isEqualTo("PostgreSQL");
        assertThat(components.get("sharedState").get("status").asString()).isEqualTo("UP");
        assertThat(detail.body()).doesNotContain("myapi_test:", "password");

        // Metrics likewise: administrators (or their API keys, for a scraper) only.
        assertProblem(api.http.send("GET", "/actuator/prometheus", null), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(api.withBearer("GET", "/actuator/prometheus", null, customer), 403, "ACCESS_DENIED");
        HttpResponse<String> metrics = api.withBearer("GET", "/actuator/prometheus", null, adminToken());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
    }

    /** A second instance with this one's settings (same PostgreSQL, Redis and keys), on its own port. */
    private ConfigurableApplicationContext startSecondInstance() {
        List<String> shared = List.of("myapi.environment", "myapi.database.url", "myapi.database.username",
                "myapi.database.password", "myapi.redis.url", "myapi.security.cors.allowed-origins",
                "myapi.security.jwt.secret", "myapi.security.cookie.secret");
        List<String> properties = new java.util.ArrayList<>(List.of("server.port=0", "myapi.data-dir=target/it-data/production-second"));
        shared.forEach(key -> properties.add(key + "=" + environment.getProperty(key)));
        return new SpringApplicationBuilder(MyApiApplication.class).properties(properties.toArray(String[]::new)).run();
    }
}
