package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Traces through Spring Boot's OpenTelemetry support, read from an in-memory exporter. */
@ExtendWith(OutputCaptureExtension.class)
class TracingProductionIT extends ProductionContext {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @LocalServerPort
    int port;

    @Autowired
    InMemorySpanExporter spans;

    @Autowired
    SdkTracerProvider tracerProvider;

    private List<SpanData> exported() {
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
        return spans.getFinishedSpanItems();
    }

    @Test
    @Tag("R9.3")
    @Tag("R9.2")
    @Tag("R36.4")
    void aRequestIsTracedUnderTheCallersTraceWithServiceNameAndVersionAndItsLogLinesCarryTheTraceId(CapturedOutput output)
            throws Exception {
        HttpProbe http = new HttpProbe(port);
        var response = http.send("POST", "/api/v1/auth/login",
                "{\"email\":\"" + IdentityApi.uniqueEmail() + "\",\"password\":\"Wrong-Guess-Entirely-1\"}",
                "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);

        List<SpanData> ours = exported().stream().filter(span -> span.getTraceId().equals(TRACE_ID)).toList();
        assertThat(ours).as("spans of the propagated trace").isNotEmpty();
        SpanData server = ours.stream().filter(span -> span.getParentSpanId().equals("00f067aa0ba902b7")).findFirst().orElseThrow();
        assertThat(server.getResource().getAttribute(AttributeKey.stringKey("service.name"))).isEqualTo("my-api");
        assertThat(server.getResource().getAttribute(AttributeKey.stringKey("service.version"))).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(output.getAll().lines().filter(line -> line.contains("LOGIN_FAILED") && line.contains(TRACE_ID))).isNotEmpty();
    }

    @Test
    @Tag("R9.4")
    void probesMetricsAndDocumentationAreNotTraced() throws Exception {
        spans.reset();
        HttpProbe http = new HttpProbe(port);
        http.get("/health/ready");
        http.get("/health/live");
        http.get("/v3/api-docs");
        http.get("/actuator/prometheus");
        http.get("/api/v1/products");

        List<String> names = exported().stream().map(span -> span.getName() + " " + span.getAttributes()).toList();
        assertThat(names).noneMatch(name -> name.contains("/health") || name.contains("api-docs") || name.contains("/actuator"));
        assertThat(names).anyMatch(name -> name.contains("/api/v1/products") || name.startsWith("http get"));
    }
}
