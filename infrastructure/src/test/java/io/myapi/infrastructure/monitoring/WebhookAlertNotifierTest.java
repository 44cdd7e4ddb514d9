package io.myapi.infrastructure.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.myapi.application.monitoring.SecurityAlert;
import io.myapi.domain.shared.Secret;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The webhook over real HTTP to a local receiver. */
class WebhookAlertNotifierTest {

    @Test
    @Tag("R36.6")
    @Tag("R9.2")
    void anAlertIsPostedAsJsonInTheBackgroundWithTheTraceThatRaisedIt() throws Exception {
        BlockingQueue<String> received = new ArrayBlockingQueue<>(4);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/alerts", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("traceparent") + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        WebhookAlertNotifier notifier = new WebhookAlertNotifier(Secret.of("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts"),
                () -> java.util.Map.of("traceparent", traceparent));
        try {
            notifier.notify(new SecurityAlert(SecurityAlert.Kind.REFRESH_TOKEN_REUSE, "01ARZ3NDEKTSV4RRFFQ69G5FAV",
                    "a spent \"refresh\" token", Instant.parse("2026-12-04T10:00:00Z")));

            String body = received.poll(10, TimeUnit.SECONDS);
            assertThat(body).isEqualTo(traceparent + " application/json {\"kind\":\"REFRESH_TOKEN_REUSE\",\"severity\":\"CRITICAL\","
                    + "\"subject\":\"01ARZ3NDEKTSV4RRFFQ69G5FAV\",\"detail\":\"a spent \\\"refresh\\\" token\",\"occurred_at\":\"2026-12-04T10:00:00Z\"}");
        } finally {
            notifier.stop();
            server.stop(0);
        }
    }
}
