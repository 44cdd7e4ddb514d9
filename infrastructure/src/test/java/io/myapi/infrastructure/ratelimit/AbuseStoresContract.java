package io.myapi.infrastructure.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.application.identity.support.MutableClock;
import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.Consumption;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** One contract for the in-process and the Redis adapters of abuse protection. */
abstract class AbuseStoresContract {

    /** Wall-clock time moved by the tests: Redis keys expire on Redis's own clock. */
    protected final MutableClock clock = new MutableClock(Instant.now());

    abstract RateLimitBuckets buckets();

    abstract ViolationRecords violations();

    abstract IpBanStore bans();

    private static String client() {
        return "ip:test-" + UUID.randomUUID();
    }

    @Test
    @Tag("R16.1")
    void aBucketAllowsItsCapacityThenRefillsTokenByToken() {
        RateLimitBuckets buckets = buckets();
        String key = client();
        RateLimit limit = RateLimit.of("60/minute");
        for (int i = 59; i >= 0; i--) {
            Consumption allowed = buckets.tryConsume(key, limit);
            assertThat(allowed.allowed()).isTrue();
            assertThat(allowed.remaining()).isEqualTo(i);
        }
        Consumption refused = buckets.tryConsume(key, limit);
        assertThat(refused.allowed()).isFalse();
        // One token per second comes back: the wait is that second, not the whole minute.
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(refused.reset()).isGreaterThan(Duration.ofSeconds(59)).isLessThanOrEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofSeconds(1));
        assertThat(buckets.tryConsume(key, limit).allowed()).isTrue();
        assertThat(buckets.tryConsume(key, limit).allowed()).isFalse();
        // After a whole period idle the bucket is full again, and never fuller than its capacity.
        clock.advance(Duration.ofMinutes(5));
        assertThat(buckets.tryConsume(key, limit).remaining()).isEqualTo(59);
    }

    @Test
    @Tag("R16.1")
    void concurrentRequestsNeverTakeMoreThanTheCapacity() throws Exception {
        RateLimitBuckets buckets = buckets();
        String key = client();
        RateLimit limit = RateLimit.of("10/hour");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> buckets.tryConsume(key, limit).allowed());
            }
            long allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Tag("R16.5")
    void violationsAreCountedPerClientAndPenaltiesEnd() {
        ViolationRecords records = violations();
        String client = client();
        assertThat(records.recordViolation(client, Duration.ofHours(1))).isEqualTo(1);
        assertThat(records.recordViolation(client, Duration.ofHours(1))).isEqualTo(2);
        assertThat(records.recordViolation(client(), Duration.ofHours(1))).isEqualTo(1);

        Instant now = clock.instant();
        assertThat(records.penaltyUntil(client, now)).isEmpty();
        records.penalize(client, now.plusSeconds(30), now);
        assertThat(records.penaltyUntil(client, now)).hasValueSatisfying(until ->
                assertThat(until.toEpochMilli()).isEqualTo(now.plusSeconds(30).toEpochMilli()));
        assertThat(records.penaltyUntil(client, now.plusSeconds(30))).isEmpty();
    }

    @Test
    @Tag("R16.6")
    void bansApplyUntilTheyEndOrAreLifted() {
        IpBanStore store = bans();
        Instant now = clock.instant();
        String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
        IpBan ban = new IpBan(ip, now, now.plus(Duration.ofMinutes(10)), IpBan.Source.ADMINISTRATOR, "test | with bar");
        store.save(ban);

        assertThat(store.find(ip, now)).hasValueSatisfying(found -> {
            assertThat(found.reason()).isEqualTo("test | with bar");
            assertThat(found.until().toEpochMilli()).isEqualTo(ban.until().toEpochMilli());
            assertThat(found.source()).isEqualTo(IpBan.Source.ADMINISTRATOR);
        });
        assertThat(store.active(now)).extracting(IpBan::ip).contains(ip);
        assertThat(store.find(ip, now.plus(Duration.ofMinutes(10)))).isEmpty();

        store.save(ban);
        assertThat(store.remove(ip, now)).isTrue();
        assertThat(store.find(ip, now)).isEmpty();
        assertThat(store.remove(ip, now)).isFalse();
    }
}
