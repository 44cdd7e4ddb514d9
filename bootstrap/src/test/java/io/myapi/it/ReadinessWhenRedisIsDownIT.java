package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.MyApiApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production mode with Redis unreachable: the process stays alive, readiness says so without detail. */
@SpringBootTest(classes = MyApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "myapi.environment=production",
    "myapi.database.url=" + ProductionSettings.DATABASE_URL,
    "myapi.database.username=myapi_test",
    "myapi.redis.url=redis://127.0.0.1:1/0",
    "myapi.redis.command-timeout=500ms",
    "myapi.data-dir=target/it-data/redis-down"
})
class ReadinessWhenRedisIsDownIT {

    @DynamicPropertySource
    static void secrets(DynamicPropertyRegistry registry) {
        registry.add("myapi.security.jwt.secret", () -> ProductionSettings.JWT_SECRET);
    }

    @LocalServerPort
    int port;

    @Test
    @Tag("R34.5")
    @Tag("R34.2")
    void readinessIs503WithoutDetailWhileLivenessStaysUp() throws Exception {
        HttpResponse<String> ready = new HttpProbe(port).get("/health/ready");
        HttpResponse<String> live = new HttpProbe(port).get("/health/live");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(live.statusCode()).isEqualTo(200);
    }
}
