package io.myapi.infrastructure.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.Consumption;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import java.time.Clock;
import java.time.Duration;

/**
 * bucket4j buckets in this process (the embedded defaults: one instance). At most
 * {@code maxBuckets} are kept; a bucket unused for a day is dropped (it would be full again by
 * then for any period up to a day).
 */
public final class InProcessRateLimitBuckets implements RateLimitBuckets {

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    /**
     * Creates the buckets.
     *
     * @param clock the time source
     * @param maxBuckets how many clients are tracked at most
     */
    public InProcessRateLimitBuckets(Clock clock, long maxBuckets) {
        this.time = Bucket4jBuckets.timeMeterOf(clock);
        this.buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(Duration.ofDays(1)).build();
    }

    @Override
    public Consumption tryConsume(String key, RateLimit limit) {
        return Bucket4jBuckets.consumeOne(bucket(key, limit));
    }

    @Override
    public Consumption peek(String key, RateLimit limit) {
        return Bucket4jBuckets.estimate(bucket(key, limit));
    }

    private Bucket bucket(String key, RateLimit limit) {
        return buckets.get(key, ignored -> Bucket.builder()
                .addLimit(Bucket4jBuckets.configurationOf(limit).getBandwidths()[0])
                .withCustomTimePrecision(time)
                .build());
    }
}
