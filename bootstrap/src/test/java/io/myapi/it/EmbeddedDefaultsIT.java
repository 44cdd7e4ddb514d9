package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.MyApiApplication;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application on the embedded defaults (H2 file database, in-process stores), over real HTTP. */
@SpringBootTest(classes = MyApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"myapi.data-dir=target/it-data/embedded", "myapi.limits.max-body-size=64KB"})
@Import(EmbeddedItConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDefaultsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpProbe http() {
        return new HttpProbe(port);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error_code").asString()).isEqualTo(code);
        assertThat(body.get("correlation_id").asString())
                .isEqualTo(response.headers().firstValue("X-Correlation-ID").orElseThrow());
        assertThat(body.get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(response.body()).doesNotContain("Exception", "java.", "hunter2", "trace");
        return body;
    }

    @Test
    @Tag("R34.1")
    @Tag("R34.2")
    void probesAreMinimalAndPublic() throws Exception {
        HttpResponse<String> live = http().get("/health/live");
        HttpResponse<String> ready = http().get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    @Tag("R2.1")
    @Tag("R9.2")
    void unknownPathsAnswerProblemJsonWithTheCorrelationId() throws Exception {
        HttpResponse<String> response = http().get("/api/v1/no-such-thing", "X-Correlation-ID", "it-correlation-0001");

        JsonNode body = assertProblem(response, 401, "AUTHENTICATION_REQUIRED");
        assertThat(body.get("correlation_id").asString()).isEqualTo("it-correlation-0001");
        assertProblem(http().get("/actuator/env"), 401, "AUTHENTICATION_REQUIRED");
        assertProblem(http().get("/h2-console"), 401, "AUTHENTICATION_REQUIRED");
    }

    @Test
    @Tag("R2.1")
    @Tag("R14.1")
    void malformedJsonAndWrongContentTypeAreProblemJson() throws Exception {
        assertProblem(http().post("/it/greet", "application/json", "{bad"), 400, "MALFORMED_REQUEST");
        assertProblem(http().post("/it/greet", "text/plain", "hello"), 415, "UNSUPPORTED_MEDIA_TYPE");
        JsonNode coerced = assertProblem(http().post("/it/greet", "application/json", "{\"name\":\"a\",\"count\":\"1\"}"),
                400, "VALIDATION_FAILED");
        assertThat(coerced.at("/errors/0/field").asString()).isEqualTo("count");
    }

    @Test
    @Tag("R2.5")
    @Tag("R25.1")
    @Tag("R9.1")
    void unexpectedFailuresAreGenericForTheClientAndLoggedInFullAsJson(CapturedOutput output) throws Exception {
        HttpResponse<String> response = http().get("/it/fail");

        JsonNode body = assertProblem(response, 500, "INTERNAL_ERROR");
        String id = body.get("correlation_id").asString();
        String logLine = output.getOut().lines().filter(line -> line.contains("\"correlation_id\":\"" + id + "\""))
                .filter(line -> line.contains("error")).findFirst().orElseThrow();
        JsonNode log = JSON.readTree(logLine);
        assertThat(log.at("/log/level").asString()).isEqualTo("ERROR");
        assertThat(log.get("@timestamp").asString()).isNotBlank();
        assertThat(log.at("/service/name").asString()).isEqualTo("my-api");
        assertThat(log.at("/error/stack_trace").asString()).contains("IllegalStateException", "ItProbeController");
    }

    @Test
    @Tag("R9.1")
    @Tag("R9.2")
    void everyLogLineOfARequestIsJsonWithItsCorrelationId(CapturedOutput output) throws Exception {
        HttpResponse<String> response = http().get("/it/log", "X-Correlation-ID", "it-log-line-0002");

        assertThat(response.headers().firstValue("X-Correlation-ID")).hasValue("it-log-line-0002");
        String logLine = output.getOut().lines().filter(line -> line.contains("it probe for")).findFirst().orElseThrow();
        JsonNode log = JSON.readTree(logLine);
        assertThat(log.get("correlation_id").asString()).isEqualTo("it-log-line-0002");
        assertThat(log.at("/log/logger").asString()).endsWith("EmbeddedItConfiguration");
        assertThat(log.get("message").asString()).startsWith("it probe for");
    }

    @Test
    @Tag("R25.1")
    @Tag("R2.1")
    void requestsTomcatRejectsItselfAreProblemJsonToo() throws Exception {
        String response = http().raw("GET /a%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json", "\"error_code\":\"BAD_REQUEST\"", "X-Correlation-ID: ")
                .doesNotContainIgnoringCase("tomcat").doesNotContain("<html");
    }

    @Test
    @Tag("R25.1")
    @Tag("R26.6")
    void oversizedHeadersAreRejectedAsProblemJson() throws Exception {
        String response = http().raw("GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 431");
        assertThat(response).contains("application/problem+json", "\"error_code\":\"HEADERS_TOO_LARGE\"").doesNotContain("<html", "aaaaaaaaaa");
    }

    @Test
    @Tag("R17.2")
    void generatesTheDevelopmentSigningSecretOwnerOnly() throws Exception {
        Path secret = Path.of("target/it-data/embedded/secrets/jwt-secret");
        assertThat(secret).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
    }

    @Test
    void theFirstStartCreatesADevelopmentAdministratorWhosePasswordIsOnlyInAnOwnerOnlyFile(CapturedOutput output) throws Exception {
        Path file = Path.of("target/it-data/embedded/initial-admin-password");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(file).strip();

        HttpResponse<String> login = http().post("/api/v1/auth/login", "application/json",
                "{\"email\":\"admin@localhost\",\"password\":\"" + password + "\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = JSON.readTree(login.body()).get("access_token").asString();
        HttpResponse<String> me = http().get("/api/v1/me", "Authorization", "Bearer " + token);
        assertThat(me.body()).contains("\"ADMIN\"", "\"MANAGER\"", "\"AUDITOR\"");
        HttpResponse<String> demo = http().get("/api/v1/products?limit=100", "Authorization", "Bearer " + token);
        assertThat(demo.body()).contains("DEMO-MUG", "DEMO-TEE", "DEMO-LAMP");
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    @Tag("R30.2")
    @Tag("R30.3")
    @Tag("R30.4")
    @Tag("R16.2")
    void theOpenApiDocumentDescribesTheIdentityEndpointsAsTheyBehave() throws Exception {
        HttpResponse<String> docs = http().get("/v3/api-docs");

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/auth/login")).isTrue();
        assertThat(paths.has("/api/v1/api-keys/{id}")).isTrue();
        assertThat(paths.get("/api/v1/admin/ip-bans").has("post")).isTrue();
        assertThat(paths.get("/api/v1/admin/ip-bans/{ip}").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/products").get("get").get("responses").get("429").get("headers").has("RateLimit-Policy")).isTrue();
        assertThat(paths.has("/error")).isFalse();
        assertThat(paths.get("/api/v1/auth/login").get("post").get("security").size()).isZero();
        assertThat(docs.body()).contains("\"display_name\"", "\"refresh_token\"", "\"error_code\"", "application/problem+json")
                .doesNotContain("\"displayName\"", "io.myapi", "JpaEntity", "password_hash", "secret_hash", "hibernate", "eyJ",
                        "\"version\":{");
        assertThat(http().get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    @Tag("R26.3")
    @Tag("R26.4")
    @Tag("R14.5")
    @Tag("R12.3")
    void deepJsonAndLongArraysAreRefusedWithClearErrors() throws Exception {
        IdentityApi api = new IdentityApi(port);
        String email = IdentityApi.uniqueEmail();
        api.register(email);
        String token = api.loginOk(email, IdentityApi.PASSWORD).get("access_token").asString();
        String line = "{\"product_id\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"quantity\":1}";
        String lines1001 = "{\"lines\":[" + String.join(",", java.util.Collections.nCopies(1001, line)) + "]}";
        // 33 levels inside a body read as a tree (typed bodies fail at the first wrong token already).
        String deep33 = "{\"csp-report\":{\"document-uri\":\"https://x.example\",\"x\":" + "[".repeat(31) + "]".repeat(31) + "}}";
        String deep32 = "{\"csp-report\":{\"document-uri\":\"https://x.example\",\"x\":" + "[".repeat(30) + "]".repeat(30) + "}}";

        HttpResponse<String> tooMany = api.withBearer("POST", "/api/v1/orders", lines1001, token);
        IdentityApi.assertProblem(tooMany, 400, "VALIDATION_FAILED");
        assertThat(tooMany.body()).contains("\"field\":\"lines\"", "\"code\":\"too_many_items\"");

        HttpResponse<String> tooDeep = http().post("/api/v1/security/csp-reports", "application/csp-report", deep33);
        IdentityApi.assertProblem(tooDeep, 400, "MALFORMED_REQUEST");
        assertThat(http().post("/api/v1/security/csp-reports", "application/csp-report", deep32).statusCode()).isEqualTo(204);
    }

    @Test
    @Tag("R20.2")
    @Tag("R20.1")
    @Tag("R20.3")
    void swaggerUiRunsUnderAFreshNonceWithStrictDynamic() throws Exception {
        HttpResponse<String> first = http().get("/swagger-ui/index.html");
        HttpResponse<String> second = http().get("/swagger-ui/index.html");

        String nonce = nonceOf(first);
        assertThat(nonceOf(second)).isNotEqualTo(nonce);
        assertThat(first.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .startsWith("default-src 'self'")
                .contains("script-src 'nonce-" + nonce + "' 'strict-dynamic'", "object-src 'none'", "frame-ancestors 'none'")
                // No external source: everything the page needs comes from this origin.
                .doesNotContain("unsafe-eval", "http:", "https:", "*"));
        // Every script of the page carries this response's nonce, and only that one.
        int scripts = first.body().split("<script ", -1).length - 1;
        assertThat(scripts).isGreaterThan(0);
        assertThat(first.body().split(java.util.regex.Pattern.quote("<script nonce=\"" + nonce + "\" "), -1).length - 1).isEqualTo(scripts);
        assertThat(http().get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs");
    }

    private static String nonceOf(HttpResponse<String> page) {
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]{22,})'").matcher(csp);
        assertThat(matcher.find()).as(csp).isTrue();
        return matcher.group(1);
    }

    @Test
    @Tag("R19.2")
    @Tag("R19.4")
    @Tag("R17.5")
    @Tag("R38.5")
    void aCarelessLogLineAndItsStackTraceComeOutMasked(CapturedOutput output) {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIwMUFSWiIsInNjb3BlIjoiYWRtaW4ifQ.c2lnbmF0dXJlLWxvZ2dlZA";
        org.slf4j.Logger careless = org.slf4j.LoggerFactory.getLogger("io.myapi.careless");

        careless.info("user casey.masked@example.com sent token {}", jwt);
        careless.error("failed", new IllegalStateException("password=hunter2-in-trace for casey.masked@example.com card 4111111111111111"));

        assertThat(output.getAll()).contains("user *** sent token ***", "password=***", "***1111")
                .doesNotContain("casey.masked@example.com", jwt, "hunter2-in-trace", "4111111111111111");
    }

    @Test
    @Tag("R34.4")
    void healthProbesLeaveNoLogLines(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        for (int i = 0; i < 5; i++) {
            http().get("/health/live");
            http().get("/health/ready");
        }

        assertThat(output.getAll().substring(before)).doesNotContain("/health/");
    }

    private static void assertSecurityHeaders(java.net.http.HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("geolocation=()", "microphone=()", "camera=()"));
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Cross-Origin-Resource-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Cache-Control")).contains("no-store");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"));
        // Plain HTTP here: HSTS is for HTTPS responses only.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    @Tag("R21.2")
    @Tag("R21.3")
    @Tag("R21.4")
    @Tag("R21.5")
    @Tag("R21.6")
    @Tag("R20.1")
    void everyResponseCarriesTheSecurityHeadersErrorsIncluded() throws Exception {
        String password = Files.readString(Path.of("target/it-data/embedded/initial-admin-password")).strip();
        String token = JSON.readTree(http().post("/api/v1/auth/login", "application/json",
                "{\"email\":\"admin@localhost\",\"password\":\"" + password + "\"}").body()).get("access_token").asString();

        HttpResponse<String> ok = http().get("/api/v1/me", "Authorization", "Bearer " + token);
        HttpResponse<String> anonymous = http().get("/api/v1/me");
        HttpResponse<String> missing = http().get("/api/v1/nothing-here", "Authorization", "Bearer " + token);
        HttpResponse<String> failure = http().get("/it/fail");
        for (HttpResponse<String> response : java.util.List.of(ok, anonymous, missing, failure)) {
            assertSecurityHeaders(response.headers());
        }
        assertThat(java.util.List.of(ok.statusCode(), anonymous.statusCode(), missing.statusCode(), failure.statusCode()))
                .containsExactly(200, 401, 404, 500);

        String tomcat = http().raw("GET /a%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(tomcat).startsWith("HTTP/1.1 400").contains("X-Content-Type-Options: nosniff", "X-Frame-Options: DENY",
                "Cache-Control: no-store", "Content-Security-Policy: default-src 'none'");
    }

    @Test
    @Tag("R26.1")
    @Tag("R12.3")
    void oversizedBodiesAre413WithoutBeingRead() throws Exception {
        String body = "{\"name\":\"" + "y".repeat(99_980) + "\",\"count\":1}";
        String declared = http().raw("POST /it/greet HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(declared).startsWith("HTTP/1.1 413").contains("application/problem+json", "\"error_code\":\"PAYLOAD_TOO_LARGE\"");

        String big = "{\"name\":\"" + "x".repeat(100_000) + "\",\"count\":1}";
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/it/greet"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> streamed = java.net.http.HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertProblem(streamed, 413, "PAYLOAD_TOO_LARGE");

        HttpResponse<String> small = http().post("/it/greet", "application/json", "{\"name\":\"ok\",\"count\":1}");
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    @Tag("R20.5")
    @Tag("R20.6")
    void cspViolationReportsAreAcceptedValidatedAndLoggedAsSecurityEvents(CapturedOutput output) throws Exception {
        HttpResponse<String> any = http().get("/health/live");
        assertThat(any.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("report-uri /api/v1/security/csp-reports", "report-to csp"));
        assertThat(any.headers().firstValue("Reporting-Endpoints")).contains("csp=\"/api/v1/security/csp-reports\"");

        HttpResponse<String> legacy = http().post("/api/v1/security/csp-reports", "application/csp-report",
                "{\"csp-report\":{\"document-uri\":\"https://shop.example.com/\",\"violated-directive\":\"script-src\","
                        + "\"blocked-uri\":\"https://evil.example/x.js\\nFAKE LOG LINE\",\"extra\":\"dropped\"}}");
        HttpResponse<String> modern = http().post("/api/v1/security/csp-reports", "application/reports+json",
                "[{\"type\":\"csp-violation\",\"body\":{\"documentURL\":\"https://shop.example.com/\",\"effectiveDirective\":\"img-src\"}}]");
        HttpResponse<String> garbage = http().post("/api/v1/security/csp-reports", "application/csp-report", "{\"hello\":1}");

        assertThat(legacy.statusCode()).isEqualTo(204);
        assertThat(modern.statusCode()).isEqualTo(204);
        assertProblem(garbage, 400, "MALFORMED_REQUEST");
        assertThat(output.getAll()).contains("CSP_VIOLATION", "\"csp_violated_directive\":\"script-src\"",
                "\"csp_effectivedirective\":\"img-src\"").doesNotContain("dropped");
        assertThat(output.getAll().lines().filter(line -> line.startsWith("FAKE LOG LINE"))).isEmpty();
    }

    @Test
    @Tag("R1.6")
    void sqlInjectionSignaturesInParametersAndPathsAreRefusedAndLoggedWithoutThePayload(CapturedOutput output) throws Exception {
        String password = Files.readString(Path.of("target/it-data/embedded/initial-admin-password")).strip();
        String token = JSON.readTree(http().post("/api/v1/auth/login", "application/json",
                "{\"email\":\"admin@localhost\",\"password\":\"" + password + "\"}").body()).get("access_token").asString();

        HttpResponse<String> inSort = http().get("/api/v1/products?sort=price%27%20OR%20%271%27%3D%271", "Authorization", "Bearer " + token);
        HttpResponse<String> inPath = http().get("/api/v1/products/1%27%20UNION%20SELECT%20password%20FROM%20users--",
                "Authorization", "Bearer " + token);
        HttpResponse<String> inFreeText = http().get("/api/v1/products?q=select%20union%20%27mugs%27", "Authorization", "Bearer " + token);
        HttpResponse<String> anonymous = http().get("/api/v1/products?limit=1;DROP%20TABLE%20users");

        assertProblem(inSort, 400, "SUSPICIOUS_INPUT");
        assertProblem(inPath, 400, "SUSPICIOUS_INPUT");
        assertProblem(anonymous, 400, "SUSPICIOUS_INPUT");
        assertThat(inFreeText.statusCode()).isEqualTo(200);
        assertThat(inSort.body()).doesNotContain("OR", "'1'");
        assertThat(output.getAll()).contains("SQL_INJECTION_SUSPECTED", "\"rule\":\"TAUTOLOGY\"", "\"location\":\"query:sort\"",
                "\"rule\":\"UNION_SELECT\"", "\"rule\":\"STACKED_QUERY\"").doesNotContain("password FROM users", "DROP TABLE");
    }
}
