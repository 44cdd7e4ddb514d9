package io.myapi.infrastructure.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contract on the real Redis at localhost (started by .ci/run). */
class RedisAbuseStoresTest extends AbuseStoresContract {

    private static RedisConnectionManager redis;
    private final String namespace = "myapi-test:" + UUID.randomUUID() + ":";

    @BeforeAll
    static void connect() {
        redis = new RedisConnectionManager(Secret.of("redis://127.0.0.1:6379/0"), Duration.ofSeconds(2));
        redis.start();
    }

    @AfterAll
    static void disconnect() {
        redis.stop();
    }

    @Override
    RateLimitBuckets buckets() {
        return new RedisRateLimitBuckets(redis, namespace, clock);
    }

    @Override
    ViolationRecords violations() {
        return new RedisViolationRecords(redis, namespace);
    }

    @Override
    IpBanStore bans() {
        return new RedisIpBanStore(redis, namespace);
    }

    @Test
    @Tag("R16.1")
    void twoInstancesDrawFromOneBudget() {
        RateLimitBuckets instanceA = buckets();
        RateLimitBuckets instanceB = new RedisRateLimitBuckets(redis, namespace, clock);
        RateLimit limit = RateLimit.of("4/minute");
        assertThat(instanceA.tryConsume("user:shared", limit).allowed()).isTrue();
        assertThat(instanceB.tryConsume("user:shared", limit).allowed()).isTrue();
        assertThat(instanceA.tryConsume("user:shared", limit).allowed()).isTrue();
        assertThat(instanceB.tryConsume("user:shared", limit).remaining()).isZero();
        assertThat(instanceA.tryConsume("user:shared", limit).allowed()).isFalse();
        assertThat(instanceB.tryConsume("user:shared", limit).allowed()).isFalse();
    }

    @Test
    @Tag("R16.6")
    void aBanSetByOneInstanceStopsTheOther() {
        IpBanStore instanceA = bans();
        IpBanStore instanceB = new RedisIpBanStore(redis, namespace);
        java.time.Instant now = clock.instant();
        instanceA.save(new io.myapi.application.ratelimit.IpBan("203.0.113.5", now, now.plusSeconds(60),
                io.myapi.application.ratelimit.IpBan.Source.AUTOMATIC, "violations"));
        assertThat(instanceB.find("203.0.113.5", now)).isPresent();
        assertThat(instanceB.remove("203.0.113.5", now)).isTrue();
        assertThat(instanceA.find("203.0.113.5", now)).isEmpty();
    }

    @Test
    @Tag("R16.5")
    void violationCountsExpireInRedisAfterTheWindow() throws Exception {
        ViolationRecords records = violations();
        records.recordViolation("ip:expiring", Duration.ofMillis(200));
        assertThat(records.recordViolation("ip:expiring", Duration.ofMillis(200))).isEqualTo(2);
        Thread.sleep(400);
        assertThat(records.recordViolation("ip:expiring", Duration.ofMillis(200))).isEqualTo(1);
    }

    @Test
    void bucketsKeepWorkingAfterTheClientIsStoppedAndStartedAgain() {
        RedisConnectionManager own = new RedisConnectionManager(Secret.of("redis://127.0.0.1:6379/0"), Duration.ofSeconds(2));
        try {
            RateLimitBuckets buckets = new RedisRateLimitBuckets(own, namespace, clock);
            assertThat(buckets.tryConsume("user:restart", RateLimit.of("2/minute")).remaining()).isEqualTo(1);
            own.stop();
            own.start();
            assertThat(buckets.tryConsume("user:restart", RateLimit.of("2/minute")).remaining()).isZero();
        } finally {
            own.stop();
        }
    }
}
