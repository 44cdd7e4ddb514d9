package io.myapi.it;

import static io.myapi.it.IdentityApi.assertProblem;
import static io.myapi.it.IdentityApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.MyApiApplication;
import io.myapi.domain.user.Role;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserRepository;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Edge protection end to end (rate limits, penalties, bans, request timeouts): two production-mode instances sharing the real
 * PostgreSQL and Redis, with low budgets, and 127.0.0.1 as their trusted proxy so that each
 * test speaks for client addresses of its own through {@code X-Forwarded-For}. Anonymous calls
 * to the catalogue are answered 401 while in budget: what counts is that they are not 429.
 */
class EdgeProtectionProductionIT {

    private static final String PASSWORD = IdentityApi.PASSWORD;

    /** The catalogue's answer to an anonymous caller in budget (it needs a login). */
    private static final int ANSWERED = 401;

    private static ConfigurableApplicationContext instanceA;
    private static ConfigurableApplicationContext instanceB;
    private static HttpProbe httpA;
    private static HttpProbe httpB;

    @BeforeAll
    static void startTwoInstances() {
        instanceA = start("a");
        instanceB = start("b");
        httpA = new HttpProbe(port(instanceA));
        httpB = new HttpProbe(port(instanceB));
    }

    @AfterAll
    static void stopInstances() {
        if (instanceB != null) {
            instanceB.close();
        }
        if (instanceA != null) {
            instanceA.close();
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        // Command-line arguments, which outrank application.yml (default properties would not).
        return new SpringApplicationBuilder(MyApiApplication.class, ProductionContext.MovableClockConfiguration.class,
                SlowQueryProbe.class).run(
                "--server.port=0",
                "--server.tomcat.connection-timeout=1s",
                "--myapi.limits.request-timeout=2s",
                "--myapi.environment=production",
                "--myapi.data-dir=target/it-data/rate-limit-" + name,
                "--myapi.database.url=" + ProductionSettings.DATABASE_URL,
                "--myapi.database.username=myapi_test",
                "--myapi.database.password=myapi_test",
                "--myapi.redis.url=redis://127.0.0.1:6379/0",
                "--myapi.security.jwt.secret=" + ProductionSettings.JWT_SECRET,
                "--myapi.security.cookie.secret=" + ProductionSettings.COOKIE_SECRET,
                "--myapi.security.trusted-proxies=127.0.0.1",
                "--myapi.rate-limits.anonymous=5/minute",
                "--myapi.rate-limits.authenticated=8/minute",
                "--myapi.rate-limits.tiers.gold=12/minute",
                "--myapi.rate-limits.login=4/minute",
                "--myapi.rate-limits.login-per-account=2/minute",
                "--myapi.rate-limits.refused-credentials=3/minute",
                "--myapi.rate-limits.penalty-base=30s",
                "--myapi.rate-limits.ban-after-violations=3",
                "--myapi.rate-limits.ban-duration=10m");
    }

    @AfterEach
    void resetClocks() {
        instanceA.getBean(ProductionContext.MovableClock.class).reset();
        instanceB.getBean(ProductionContext.MovableClock.class).reset();
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** A client address no other test or run uses (the IPv6 documentation range plus randomness). */
    private static String freshIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // Random in its /64 (the unit clients are counted by), so that tests never share a budget.
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":" + Integer.toHexString(random.nextInt(0x10000)) + "::"
                + Integer.toHexString(random.nextInt(1, 0x10000));
    }

    private static HttpResponse<String> get(HttpProbe http, String ip, String path) throws Exception {
        return http.send("GET", path, null, "X-Forwarded-For", ip);
    }

    private static HttpResponse<String> login(HttpProbe http, String ip, String email) throws Exception {
        return http.send("POST", "/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                "X-Forwarded-For", ip);
    }

    private static void moveClocks(Duration amount) {
        instanceA.getBean(ProductionContext.MovableClock.class).advance(amount);
        instanceB.getBean(ProductionContext.MovableClock.class).advance(amount);
    }

    @Test
    @Tag("R16.1")
    @Tag("R16.2")
    @Tag("R1.5")
    void twoInstancesShareOneBudgetAndRefuseWith429RetryAfterAndRateLimitHeaders() throws Exception {
        String ip = freshIp();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> allowed = get(i % 2 == 0 ? httpA : httpB, ip, "/api/v1/products");
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(ANSWERED);
            assertThat(allowed.headers().firstValue("RateLimit-Policy")).hasValue("\"anonymous\";q=5;w=60");
            String remaining = "\"anonymous\";r=" + (4 - i) + ";t=";
            assertThat(allowed.headers().firstValue("RateLimit")).hasValueSatisfying(value -> assertThat(value).startsWith(remaining));
        }

        HttpResponse<String> refusedByB = get(httpB, ip, "/api/v1/products");
        assertProblem(refusedByB, 429, "RATE_LIMITED");
        // One token comes back every 12 s: the wait is never shorter than that refill.
        long retryAfter = Long.parseLong(refusedByB.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 12L);
        assertThat(refusedByB.headers().firstValue("RateLimit")).hasValueSatisfying(value -> assertThat(value).contains(";r=0;"));
        assertThat(refusedByB.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(refusedByB.headers().firstValue("Content-Security-Policy")).isPresent();
        assertProblem(get(httpA, ip, "/api/v1/products"), 429, "RATE_LIMITED");
        // Another client is not affected.
        assertThat(get(httpA, freshIp(), "/api/v1/products").statusCode()).isEqualTo(ANSWERED);
    }

    @Test
    @Tag("R16.3")
    void aClientCannotEscapeItsBudgetThroughAnUntrustedForwardedHeader() throws Exception {
        // The peer 127.0.0.1 is trusted, so the first untrusted hop from the right is the client,
        // whatever it wrote further left.
        String ip = freshIp();
        for (int i = 0; i < 5; i++) {
            assertThat(httpA.send("GET", "/api/v1/products", null, "X-Forwarded-For", freshIp() + ", " + ip).statusCode())
                    .isEqualTo(ANSWERED);
        }
        assertProblem(httpA.send("GET", "/api/v1/products", null, "X-Forwarded-For", freshIp() + ", " + ip), 429, "RATE_LIMITED");
    }

    @Test
    @Tag("R16.4")
    void signInHasAStricterBudgetPerAddressAndPerAccount() throws Exception {
        String ip = freshIp();
        for (int i = 0; i < 4; i++) {
            assertProblem(login(i % 2 == 0 ? httpA : httpB, ip, IdentityApi.uniqueEmail()), 401, "INVALID_CREDENTIALS");
        }
        // Percent-encoding the path reaches the same handler and pays the same budget.
        HttpResponse<String> perAddress = httpB.send("POST", "/api/v1/auth/%6Cogin",
                "{\"email\":\"" + IdentityApi.uniqueEmail() + "\",\"password\":\"" + PASSWORD + "\"}", "X-Forwarded-For", ip);
        assertProblem(perAddress, 429, "RATE_LIMITED");
        assertThat(perAddress.headers().firstValue("RateLimit-Policy")).hasValue("\"login\";q=4;w=60");

        // Credential stuffing from many addresses against one account: the account's budget stops it.
        String victim = IdentityApi.uniqueEmail();
        assertProblem(login(httpA, freshIp(), victim), 401, "INVALID_CREDENTIALS");
        assertProblem(login(httpB, freshIp(), victim), 401, "INVALID_CREDENTIALS");
        HttpResponse<String> perAccount = login(httpA, freshIp(), victim);
        assertProblem(perAccount, 429, "RATE_LIMITED");
        assertThat(perAccount.headers().allValues("RateLimit-Policy")).anySatisfy(value -> assertThat(value).contains("login-account"));
        assertThat(Long.parseLong(perAccount.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
    }

    @Test
    @Tag("R16.3")
    void guessedApiKeysAreThrottledPerAddressBeforeAnyIsVerified() throws Exception {
        String ip = freshIp();
        for (int i = 0; i < 3; i++) {
            assertProblem(httpA.send("GET", "/api/v1/me", null, "X-API-Key", "myapi_guess" + i + "_" + "x".repeat(40),
                    "X-Forwarded-For", ip), 401, "INVALID_TOKEN");
        }
        HttpResponse<String> throttled = httpB.send("GET", "/api/v1/me", null, "X-API-Key", "myapi_guess9_" + "x".repeat(40),
                "X-Forwarded-For", ip);
        assertProblem(throttled, 429, "RATE_LIMITED");
        assertThat(throttled.headers().firstValue("RateLimit-Policy")).hasValue("\"refused-credentials\";q=3;w=60");
        // Another address is not affected; in IPv6, another /64.
        assertProblem(httpA.send("GET", "/api/v1/me", null, "X-API-Key", "myapi_guess0_" + "x".repeat(40), "X-Forwarded-For", freshIp()),
                401, "INVALID_TOKEN");
    }

    @Test
    @Tag("R16.3")
    void anIpv6ClientIsCountedByItsSlash64() throws Exception {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        String prefix = "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":" + Integer.toHexString(random.nextInt(0x10000)) + ":";
        for (int i = 0; i < 5; i++) {
            assertThat(get(httpA, prefix + "0:0:0:" + Integer.toHexString(i + 1), "/api/v1/products").statusCode()).isEqualTo(ANSWERED);
        }
        assertProblem(get(httpA, prefix + "abcd:1:2:3", "/api/v1/products"), 429, "RATE_LIMITED");
    }

    @Test
    @Tag("R16.4")
    void authenticatedCallersHaveTheirOwnTierBudgetWhateverTheirAddress() throws Exception {
        String token = customerToken();
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> allowed = httpB.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + token, "X-Forwarded-For", freshIp());
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("RateLimit-Policy")).hasValue("\"authenticated\";q=8;w=60");
        }
        assertProblem(httpA.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + token, "X-Forwarded-For", freshIp()),
                429, "RATE_LIMITED");
    }

    @Test
    @Tag("R16.4")
    void aSubscriptionTierGivesItsUsersTheTiersBudget() throws Exception {
        String adminToken = adminToken();
        String email = IdentityApi.uniqueEmail();
        register(httpA, freshIp(), email);
        String id = instanceA.getBean(UserRepository.class).findByEmail(new io.myapi.domain.user.EmailAddress(email)).orElseThrow()
                .id().toString();

        HttpResponse<String> changed = httpA.send("PUT", "/api/v1/admin/users/" + id + "/subscription-tier", "{\"tier\":\"gold\"}",
                "Authorization", "Bearer " + adminToken, "X-Forwarded-For", freshIp());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("subscription_tier").asString()).isEqualTo("gold");
        assertProblem(httpA.send("PUT", "/api/v1/admin/users/" + id + "/subscription-tier", "{\"tier\":\"platinum\"}",
                "Authorization", "Bearer " + adminToken, "X-Forwarded-For", freshIp()), 400, "VALIDATION_FAILED");

        // Instance A changed it, so A sees it at once; 12 requests pass where the default tier allows 8.
        String token = json(login(httpA, freshIp(), email)).get("access_token").asString();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> allowed = httpA.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + token, "X-Forwarded-For", freshIp());
            assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("RateLimit-Policy")).hasValue("\"tier-gold\";q=12;w=60");
        }
        assertProblem(httpA.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + token, "X-Forwarded-For", freshIp()),
                429, "RATE_LIMITED");
    }

    @Test
    @Tag("R16.5")
    @Tag("R16.6")
    void repeatViolatorsServeLongerPenaltiesAndAreThenBannedOnEveryInstance() throws Exception {
        String ip = freshIp();
        for (int i = 0; i < 5; i++) {
            get(httpA, ip, "/api/v1/products");
        }
        assertProblem(get(httpA, ip, "/api/v1/products"), 429, "RATE_LIMITED");
        // Second violation: a 30 s penalty, longer than the 12 s refill.
        HttpResponse<String> penalised = get(httpB, ip, "/api/v1/products");
        assertThat(penalised.headers().firstValue("Retry-After")).hasValue("30");
        moveClocks(Duration.ofSeconds(20));
        HttpResponse<String> stillPenalised = get(httpA, ip, "/api/v1/products");
        assertProblem(stillPenalised, 429, "RATE_LIMITED");
        assertThat(Long.parseLong(stillPenalised.headers().firstValue("Retry-After").orElseThrow())).isBetween(9L, 10L);

        moveClocks(Duration.ofSeconds(11));
        // Third violation in the window: the address is banned, on both instances.
        HttpResponse<String> served = get(httpA, ip, "/api/v1/products");
        assertThat(served.statusCode()).isEqualTo(ANSWERED);
        for (int i = 0; i < 5 && get(httpA, ip, "/api/v1/products").statusCode() == ANSWERED; i++) {
            // spends what refilled
        }
        assertProblem(get(httpB, ip, "/api/v1/products"), 403, "IP_BANNED");
        HttpResponse<String> banned = get(httpA, ip, "/api/v1/products");
        assertProblem(banned, 403, "IP_BANNED");
        assertThat(Long.parseLong(banned.headers().firstValue("Retry-After").orElseThrow())).isBetween(590L, 600L);
        // The ban covers the client's /64; an administrator lifts it through any address in it, and service is back at once.
        String neighbour = ip.substring(0, ip.lastIndexOf(':') + 1) + "beef";
        assertProblem(get(httpB, neighbour, "/api/v1/products"), 403, "IP_BANNED");
        HttpResponse<String> lifted = httpB.send("DELETE", "/api/v1/admin/ip-bans/" + neighbour, null,
                "Authorization", "Bearer " + adminToken(), "X-Forwarded-For", freshIp());
        assertThat(lifted.statusCode()).as(lifted.body()).isEqualTo(204);
        // Its 60 s penalty went with the ban: once a token is back (12 s), it is served.
        moveClocks(Duration.ofSeconds(13));
        assertThat(get(httpA, ip, "/api/v1/products").statusCode()).isEqualTo(ANSWERED);
    }

    @Test
    @Tag("R16.6")
    void administratorsBanAndLiftAddressesForEveryInstance() throws Exception {
        String adminToken = adminToken();
        String target = freshIp();
        HttpResponse<String> created = httpA.send("POST", "/api/v1/admin/ip-bans",
                "{\"ip\":\"" + target + "\",\"duration_seconds\":600,\"reason\":\"scraping\"}",
                "Authorization", "Bearer " + adminToken, "X-Forwarded-For", freshIp());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String normalized = json(created).get("ip").asString();
        assertThat(json(created).get("source").asString()).isEqualTo("ADMINISTRATOR");

        assertProblem(get(httpB, target, "/api/v1/products"), 403, "IP_BANNED");
        HttpResponse<String> list = httpB.send("GET", "/api/v1/admin/ip-bans", null, "Authorization", "Bearer " + adminToken,
                "X-Forwarded-For", freshIp());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"ip\":\"" + normalized + "\"", "\"reason\":\"scraping\"");

        assertProblem(httpA.send("POST", "/api/v1/admin/ip-bans", "{\"ip\":\"example.com\",\"reason\":\"x\"}",
                "Authorization", "Bearer " + adminToken, "X-Forwarded-For", freshIp()), 400, "VALIDATION_FAILED");

        HttpResponse<String> lifted = httpB.send("DELETE", "/api/v1/admin/ip-bans/" + normalized, null,
                "Authorization", "Bearer " + adminToken, "X-Forwarded-For", freshIp());
        assertThat(lifted.statusCode()).isEqualTo(204);
        assertThat(get(httpA, target, "/api/v1/products").statusCode()).isEqualTo(ANSWERED);
        assertProblem(httpB.send("DELETE", "/api/v1/admin/ip-bans/" + normalized, null,
                "Authorization", "Bearer " + adminToken, "X-Forwarded-For", freshIp()), 404, "NOT_FOUND");
    }

    @Test
    @Tag("R16.6")
    void customersCannotSeeOrSetBans() throws Exception {
        String token = customerToken();
        assertProblem(httpA.send("GET", "/api/v1/admin/ip-bans", null, "Authorization", "Bearer " + token, "X-Forwarded-For", freshIp()),
                403, "ACCESS_DENIED");
    }

    @Test
    @Tag("R26.2")
    @Tag("R26.6")
    void databaseWorkPastTheRequestTimeoutIsCancelledAndAnswered503() throws Exception {
        assertCancelled("/api/test/slow-query");
        // Outside any transaction runner too: every statement of a request carries the deadline.
        assertCancelled("/api/test/slow-plain-query");
    }

    private static void assertCancelled(String path) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> abandoned = get(httpA, freshIp(), path);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertProblem(abandoned, 503, "PROCESSING_TIMEOUT");
        assertThat(abandoned.headers().firstValue("Retry-After")).isPresent();
        assertThat(tookMillis).as("answered at the deadline, not after the 20 s query").isLessThan(10_000);
        // The database itself stopped the statement: nothing of it is still running.
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(ProductionSettings.DATABASE_URL, "myapi_test", "myapi_test");
                java.sql.PreparedStatement running = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where state = 'active' and query like ? and pid <> pg_backend_pid()")) {
            running.setString(1, "%" + SlowQueryProbe.MARKER + "%");
            try (java.sql.ResultSet result = running.executeQuery()) {
                result.next();
                assertThat(result.getInt(1)).isZero();
            }
        }
    }

    @Test
    @Tag("R26.2")
    @Tag("R26.6")
    void aBodyThatStopsArrivingIs408() throws Exception {
        String response = httpA.raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Forwarded-For: " + freshIp() + "\r\nContent-Length: 200\r\n\r\n{\"email\":");

        assertThat(response).startsWith("HTTP/1.1 408").contains("application/problem+json", "\"error_code\":\"REQUEST_TIMEOUT\"");
    }

    @Test
    @Tag("R26.2")
    void aBodyTricklingInPastTheDeadlineIs408() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port(instanceA))) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + freshIp() + "\r\nContent-Length: 200\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // One byte every 0.5 s: each read is quick, the whole body never arrives within 2 s.
            String response = "";
            for (int i = 0; i < 12; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(500);
                if (socket.getInputStream().available() > 0) {
                    break;
                }
            }
            response = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(response).isEqualTo("HTTP/1.1 408");
        }
    }

    private static void register(HttpProbe http, String ip, String email) throws Exception {
        HttpResponse<String> response = http.send("POST", "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"display_name\":\"Sam Tester\"}", "X-Forwarded-For", ip);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String customerToken() throws Exception {
        String email = IdentityApi.uniqueEmail();
        register(httpA, freshIp(), email);
        return json(login(httpA, freshIp(), email)).get("access_token").asString();
    }

    private static String adminToken() throws Exception {
        String email = IdentityApi.uniqueEmail();
        register(httpA, freshIp(), email);
        UserRepository users = instanceA.getBean(UserRepository.class);
        User user = users.findByEmail(new io.myapi.domain.user.EmailAddress(email)).orElseThrow();
        user.replaceRoles(EnumSet.of(Role.ADMIN), Instant.now());
        users.save(user);
        return json(login(httpA, freshIp(), email)).get("access_token").asString();
    }
}
