package io.myapi.it;

import io.myapi.MyApiApplication;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application in production mode against the real PostgreSQL and Redis on localhost,
 * with a clock the tests can move. Every production-mode IT extends this class, so they share
 * one application context.
 */
@SpringBootTest(classes = MyApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "myapi.environment=production",
    "myapi.database.url=" + ProductionSettings.DATABASE_URL,
    "myapi.database.username=myapi_test",
    "myapi.database.password=myapi_test",
    "myapi.redis.url=redis://127.0.0.1:6379/0",
    "myapi.security.cors.allowed-origins=https://shop.example.com",
    "myapi.data-dir=target/it-data/production",
    // Every test calls from 127.0.0.1: budgets far above what the suite spends (EdgeProtectionProductionIT tests real ones).
    "myapi.rate-limits.anonymous=100000/minute",
    "myapi.rate-limits.authenticated=100000/minute",
    "myapi.rate-limits.login=100000/minute",
    "myapi.rate-limits.login-per-account=1000/minute",
    // Every request traced, into an in-memory exporter (TracingProductionIT reads it).
    "management.tracing.sampling.probability=1.0"
})
@Import({ProductionContext.MovableClockConfiguration.class, ProductionContext.InMemorySpans.class})
abstract class ProductionContext {

    @DynamicPropertySource
    static void secrets(DynamicPropertyRegistry registry) {
        registry.add("myapi.security.jwt.secret", () -> ProductionSettings.JWT_SECRET);
        registry.add("myapi.security.cookie.secret", () -> ProductionSettings.COOKIE_SECRET);
    }

    /** Replaces the system clock with one the tests move (R11.1). */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** Spans kept in memory instead of exported. */
    @TestConfiguration(proxyBeanMethods = false)
    static class InMemorySpans {

        @Bean
        io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter inMemorySpanExporter() {
            return io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter.create();
        }
    }

    /** System time plus an offset the tests add to. */
    static final class MovableClock extends Clock {

        private volatile java.time.Duration offset = java.time.Duration.ZERO;

        void advance(java.time.Duration amount) {
            offset = offset.plus(amount);
        }

        /** Back to system time, so that other instances (on the system clock) agree again. */
        void reset() {
            offset = java.time.Duration.ZERO;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(offset);
        }
    }
}
