package io.myapi.infrastructure.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.myapi.application.ratelimit.RateLimit;
import io.myapi.application.ratelimit.port.out.Consumption;
import java.time.Clock;
import java.time.Duration;

/** What both bucket4j adapters share: one bucket shape per limit, and probes read as consumptions. */
final class Bucket4jBuckets {

    private Bucket4jBuckets() {
    }

    /**
     * A token bucket of {@code requests} tokens, refilled greedily (token by token, evenly over
     * the period): never more than {@code requests} at once, never more than {@code requests}
     * per period on average, and no window boundary at which twice the budget passes.
     */
    static BucketConfiguration configurationOf(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
                .build();
    }

    static Consumption consumeOne(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Duration reset = Duration.ofNanos(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new Consumption(true, probe.getRemainingTokens(), Duration.ZERO, reset);
        }
        return new Consumption(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()), reset);
    }

    static Consumption estimate(Bucket bucket) {
        io.github.bucket4j.EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? new Consumption(true, probe.getRemainingTokens(), Duration.ZERO, Duration.ZERO)
                : new Consumption(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The application's clock as bucket4j's time source, so that tests can move time. */
    static TimeMeter timeMeterOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                java.time.Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
