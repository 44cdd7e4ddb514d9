package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The whole application in production mode against the real PostgreSQL and Redis on localhost. */
class ProductionModeIT extends ProductionContext {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    RedisConnectionManager redis;

    @Test
    @Tag("R7.1")
    @Tag("R34.2")
    void servesReadinessBackedByPostgresqlAndRedis() throws Exception {
        HttpResponse<String> ready = new HttpProbe(port).get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(redis.ping()).isTrue();
    }

    @Test
    @Tag("R6.4")
    void migratesPostgresqlWithFlyway() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'installation'", Integer.class)).isEqualTo(1);
    }

    @Test
    @Tag("R17.2")
    void generatesNoDevelopmentSecretsInProduction() {
        assertThat(java.nio.file.Path.of("target/it-data/production/secrets")).doesNotExist();
    }

    @Test
    @Tag("R2.1")
    void anonymousCallsAreRefusedWithProblemJson() throws Exception {
        HttpResponse<String> response = new HttpProbe(port).get("/api/v1/products");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error_code\":\"AUTHENTICATION_REQUIRED\"");
    }

    @Test
    @Tag("R30.1")
    @Tag("R30.5")
    @Tag("R30.6")
    void theApiDocumentationNeedsAuthenticationInProduction() throws Exception {
        HttpResponse<String> docs = new HttpProbe(port).get("/v3/api-docs");
        HttpResponse<String> ui = new HttpProbe(port).get("/swagger-ui/index.html");

        assertThat(docs.statusCode()).isEqualTo(401);
        assertThat(ui.statusCode()).isEqualTo(401);
    }

    @Test
    @Tag("R24.1")
    @Tag("R24.2")
    @Tag("R24.3")
    void thePoolIsBoundedAndNeverWaitsForever() throws Exception {
        // The pool sits behind the deadline wrapper; Spring's unwrapping (as Boot's metrics use) finds it.
        com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);

        assertThat(pool.getMinimumIdle()).isEqualTo(5);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(20);
        assertThat(pool.getConnectionTimeout()).isEqualTo(5_000);
        assertThat(pool.getIdleTimeout()).isEqualTo(600_000);
    }

    @Test
    @Tag("R15.1")
    @Tag("R15.2")
    @Tag("R15.3")
    @Tag("R15.4")
    void onlyTheListedOriginGetsCorsHeadersAndUnlistedOnesAProblem() throws Exception {
        HttpProbe http = new HttpProbe(port);
        HttpResponse<String> preflight = http.send("OPTIONS", "/api/v1/products", null, "Origin", "https://shop.example.com",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example.com");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers ->
                assertThat(headers.toLowerCase(java.util.Locale.ROOT)).contains("authorization", "content-type"));

        HttpResponse<String> listed = http.send("GET", "/api/v1/me", null, "Origin", "https://shop.example.com");
        assertThat(listed.statusCode()).isEqualTo(401);
        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://shop.example.com");
        assertThat(listed.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(exposed ->
                assertThat(exposed).contains("X-Correlation-ID").doesNotContain("Authorization", "Set-Cookie"));

        for (String origin : java.util.List.of("https://evil.example", "https://shop.example.com.evil.example", "null",
                "http://shop.example.com")) {
            HttpResponse<String> refused = http.send("GET", "/api/v1/me", null, "Origin", origin);
            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(refused.body()).contains("\"error_code\":\"ORIGIN_NOT_ALLOWED\"");
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        HttpResponse<String> refusedPreflight = http.send("OPTIONS", "/api/v1/products", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "DELETE");
        assertThat(refusedPreflight.statusCode()).isEqualTo(403);
        assertThat(refusedPreflight.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }
}
