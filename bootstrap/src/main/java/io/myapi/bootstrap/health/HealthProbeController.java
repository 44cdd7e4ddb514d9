package io.myapi.bootstrap.health;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.Map;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health/live} and {@code GET /health/ready}: public, minimal ({@code {"status":"UP"}}
 * or 503 {@code {"status":"DOWN"}}), with no component, version or connection detail (R34.1,
 * R34.2, R34.5). They answer from the actuator's {@code liveness} and {@code readiness} health
 * groups, so the Kubernetes probes and {@code /actuator/health} agree.
 */
@RestController
@SecurityRequirements
public class HealthProbeController {

    /** How long a probe's answer is reused: the probes are public and unmetered, the checks touch the database and Redis. */
    static final long REUSE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    private record Answer(boolean up, long atNanos) {
    }

    private final HealthEndpoint health;
    private final java.util.concurrent.ConcurrentHashMap<String, Answer> recent = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates the controller.
     *
     * @param health the actuator health endpoint
     */
    public HealthProbeController(HealthEndpoint health) {
        this.health = health;
    }

    /**
     * Liveness: the process serves requests. Depends on nothing external.
     *
     * @return 200 UP, or 503 DOWN
     */
    @GetMapping(path = "/health/live", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> live() {
        return probe("liveness");
    }

    /**
     * Readiness: the database and the shared-state store answer.
     *
     * @return 200 UP, or 503 DOWN
     */
    @GetMapping(path = "/health/ready", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> ready() {
        return probe("readiness");
    }

    private ResponseEntity<Map<String, String>> probe(String group) {
        long now = System.nanoTime();
        Answer answer = recent.compute(group, (name, previous) -> previous != null && now - previous.atNanos() < REUSE_NANOS
                ? previous : new Answer(check(name), now));
        boolean up = answer.up();
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore())
                .body(Map.of("status", up ? "UP" : "DOWN"));
    }

    private boolean check(String group) {
        HealthDescriptor descriptor = health.healthForPath(group);
        return descriptor != null && Status.UP.equals(descriptor.getStatus());
    }
}
