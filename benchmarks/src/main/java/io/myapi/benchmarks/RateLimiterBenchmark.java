package io.myapi.benchmarks;

import io.myapi.application.ratelimit.AbuseSettings;
import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.in.Admission;
import io.myapi.application.ratelimit.service.RateLimitService;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.ratelimit.InProcessIpBanStore;
import io.myapi.infrastructure.ratelimit.InProcessRateLimitBuckets;
import io.myapi.infrastructure.ratelimit.InProcessViolationRecords;
import io.myapi.infrastructure.ratelimit.RedisIpBanStore;
import io.myapi.infrastructure.ratelimit.RedisRateLimitBuckets;
import io.myapi.infrastructure.ratelimit.RedisViolationRecords;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rate limiter's cost per request: one admission (penalty check, then one token from a
 * bucket) through the real service, with the in-process bucket4j buckets and with the Redis
 * ones (Redis on localhost, as in the tests), over 1000 clients, always within budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(4)
public class RateLimiterBenchmark {

    private static final int CLIENTS = 1000;
    private static final Budget BUDGET = new Budget("authenticated", RateLimit.of("1000000000/minute"));

    @Param({"in-process", "redis"})
    public String store;

    private RateLimitService service;
    private RedisConnectionManager redis;
    private String[] clients;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

    @Setup
    public void setUp() {
        Clock clock = Clock.systemUTC();
        AbuseSettings settings = new AbuseSettings(Duration.ofSeconds(2), Duration.ofHours(1), Duration.ofHours(1), 20, Duration.ofHours(1));
        if (store.equals("redis")) {
            redis = new RedisConnectionManager(Secret.of("redis://127.0.0.1:6379/0"), Duration.ofSeconds(2));
            String prefix = "myapi-bench:" + UUID.randomUUID() + ":";
            service = new RateLimitService(new RedisRateLimitBuckets(redis, prefix, clock), new RedisViolationRecords(redis, prefix),
                    new RedisIpBanStore(redis, prefix), settings, (type, subject, detail) -> { }, clock);
        } else {
            service = new RateLimitService(new InProcessRateLimitBuckets(clock, 100_000), new InProcessViolationRecords(clock, 100_000),
                    new InProcessIpBanStore(), settings, (type, subject, detail) -> { }, clock);
        }
        clients = new String[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            clients[i] = "user:bench-" + i;
        }
    }

    @TearDown
    public void tearDown() {
        if (redis != null) {
            redis.stop();
        }
    }

    @Benchmark
    public Admission admit() {
        String client = clients[Math.floorMod(next.getAndIncrement(), CLIENTS)];
        return service.admit(client, "198.51.100.7", BUDGET);
    }
}
