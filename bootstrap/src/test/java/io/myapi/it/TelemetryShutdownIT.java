package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.MyApiApplication;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** Spans still batched when the application stops are exported on the way down (R9.5). */
class TelemetryShutdownIT {

    /** Everything exported, kept even after the exporter is shut down. */
    static final List<SpanData> EXPORTED = new CopyOnWriteArrayList<>();

    static class RecordingExporter {
        @Bean
        SpanExporter recordingSpanExporter() {
            return new SpanExporter() {
                @Override
                public CompletableResultCode export(Collection<SpanData> spans) {
                    EXPORTED.addAll(spans);
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode flush() {
                    return CompletableResultCode.ofSuccess();
                }

                @Override
                public CompletableResultCode shutdown() {
                    return CompletableResultCode.ofSuccess();
                }
            };
        }
    }

    @Test
    @Tag("R9.5")
    void spansOfTheLastRequestsAreFlushedWhenTheApplicationStops() throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(MyApiApplication.class, RecordingExporter.class).run(
                "--server.port=0", "--myapi.data-dir=" + Files.createTempDirectory("myapi-telemetry"),
                "--management.tracing.sampling.probability=1.0",
                // Far longer than the test: only the shut-down flush can export the span.
                "--management.opentelemetry.tracing.export.schedule-delay=10m");
        HttpProbe http = new HttpProbe(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        http.get("/api/v1/products");
        assertThat(EXPORTED).isEmpty();

        app.close();

        assertThat(EXPORTED).anySatisfy(span -> assertThat(span.getName()).containsIgnoringCase("http get"));
    }
}
