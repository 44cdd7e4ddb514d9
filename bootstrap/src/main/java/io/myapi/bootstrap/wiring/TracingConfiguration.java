package io.myapi.bootstrap.wiring;

import io.micrometer.observation.ObservationPredicate;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Tracing (R9.3-R9.5) through Spring Boot's OpenTelemetry support: health, metrics and
 * documentation requests are not observed at all; outbound calls carry the W3C
 * {@code traceparent} of the request that caused them.
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

    /** Path prefixes never traced: probes, actuator, documentation. */
    static final Set<String> UNTRACED = Set.of("/health/", "/actuator", "/v3/api-docs", "/swagger-ui");

    @Bean
    ObservationPredicate untracedPaths() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && UNTRACED.stream().anyMatch(prefix -> server.getCarrier().getRequestURI().startsWith(prefix)));
    }

    /**
     * The current trace as W3C headers ({@code traceparent}, {@code tracestate}), for outbound calls.
     *
     * @param tracer the tracer, absent when tracing is off
     * @param propagator the propagator
     * @return the headers, empty outside a trace
     */
    @Bean
    Supplier<Map<String, String>> traceHeaders(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return () -> {
            Map<String, String> headers = new LinkedHashMap<>();
            Tracer current = tracer.getIfAvailable();
            Propagator inject = propagator.getIfAvailable();
            TraceContext context = current == null ? null : current.currentTraceContext().context();
            if (context != null && inject != null) {
                inject.inject(context, headers, Map::put);
            }
            return headers;
        };
    }
}
