package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.MyApiApplication;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production mode with PostgreSQL reached through a relay the test cuts and restores: readiness
 * turns 503 while the database is gone and 200 when it is back, liveness stays 200 throughout,
 * and neither says why.
 */
class ReadinessWhenTheDatabaseGoesAwayIT {

    private static TcpForwarder database;
    private static ConfigurableApplicationContext app;
    private static HttpProbe http;

    @BeforeAll
    static void start() throws Exception {
        database = new TcpForwarder(5432);
        app = new SpringApplicationBuilder(MyApiApplication.class).run(
                "--server.port=0",
                "--myapi.environment=production",
                "--myapi.data-dir=target/it-data/database-outage",
                "--myapi.database.url=jdbc:postgresql://127.0.0.1:" + database.port() + "/myapi_test",
                "--myapi.database.username=myapi_test",
                "--myapi.database.password=myapi_test",
                "--myapi.database.pool.connection-timeout=1s",
                "--myapi.redis.url=redis://127.0.0.1:6379/0",
                "--myapi.security.jwt.secret=" + ProductionSettings.JWT_SECRET,
                "--myapi.security.cookie.secret=" + ProductionSettings.COOKIE_SECRET);
        http = new HttpProbe(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        database.close();
    }

    private static int waitFor(String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int seen;
        do {
            seen = http.get(path).statusCode();
            if (seen == status) {
                return seen;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return seen;
    }

    @Test
    @Tag("R34.2")
    @Tag("R34.5")
    @Tag("R34.1")
    void readinessFollowsTheDatabaseAndLivenessDoesNot() throws Exception {
        assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);

        database.cut();
        assertThat(waitFor("/health/ready", 503)).isEqualTo(503);
        HttpResponse<String> notReady = http.get("/health/ready");
        assertThat(notReady.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(http.get("/health/live").statusCode()).isEqualTo(200);

        database.restore();
        assertThat(waitFor("/health/ready", 200)).isEqualTo(200);
        assertThat(http.get("/health/ready").body()).isEqualTo("{\"status\":\"UP\"}");
    }
}
