package io.myapi.infrastructure.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.Consumption;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.lettuce.core.api.StatefulRedisConnection;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * bucket4j buckets in Redis, shared by every instance: one budget however many instances serve
 * a client. bucket4j updates a bucket by compare-and-swap, so two instances never both take the
 * last token. A bucket's key expires once it would be full again.
 */
public final class RedisRateLimitBuckets implements RateLimitBuckets {

    private record Manager(StatefulRedisConnection<byte[], byte[]> connection, LettuceBasedProxyManager<byte[]> buckets) {
    }

    private final RedisConnectionManager redis;
    private final Clock clock;
    private volatile @org.jspecify.annotations.Nullable Manager manager;
    private final String prefix;

    /**
     * Creates the adapter; nothing connects before the first request.
     *
     * @param redis the process's Redis client
     * @param prefix namespace of every key, such as {@code myapi:}
     * @param clock the time source (the same on every instance: wall-clock time)
     */
    public RedisRateLimitBuckets(RedisConnectionManager redis, String prefix, Clock clock) {
        this.prefix = prefix + "rate-limit:";
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public Consumption tryConsume(String key, RateLimit limit) {
        return Bucket4jBuckets.consumeOne(bucket(key, limit));
    }

    @Override
    public Consumption peek(String key, RateLimit limit) {
        return Bucket4jBuckets.estimate(bucket(key, limit));
    }

    private io.github.bucket4j.Bucket bucket(String key, RateLimit limit) {
        byte[] redisKey = (prefix + key).getBytes(StandardCharsets.UTF_8);
        return buckets().builder().build(redisKey, () -> Bucket4jBuckets.configurationOf(limit));
    }

    /** bucket4j's manager over the current connection; a new one when the connection was replaced. */
    private LettuceBasedProxyManager<byte[]> buckets() {
        StatefulRedisConnection<byte[], byte[]> connection = redis.binaryConnection();
        Manager current = manager;
        if (current == null || current.connection() != connection) {
            current = new Manager(connection, Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .clientClock(Bucket4jBuckets.timeMeterOf(clock))
                    .build());
            manager = current;
        }
        return current.buckets();
    }
}
