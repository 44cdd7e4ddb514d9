package io.myapi.infrastructure.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Violation counts and penalties in Redis, shared by every instance: {@code <prefix>violations:<client>}
 * is a counter whose expiry moves with each violation; {@code <prefix>penalty:<client>} holds
 * the penalty's end and expires with it.
 */
public final class RedisViolationRecords implements ViolationRecords {

    private static final String COUNT_SCRIPT = """
            local n = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return n
            """;

    private final RedisConnectionManager redis;
    private final String prefix;

    /**
     * Creates the adapter.
     *
     * @param redis the process's Redis client
     * @param prefix namespace of every key, such as {@code myapi:}
     */
    public RedisViolationRecords(RedisConnectionManager redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix + "rate-limit:";
    }

    private RedisCommands<String, String> commands() {
        return redis.connection().sync();
    }

    @Override
    public long recordViolation(String client, Duration window) {
        Long count = commands().eval(COUNT_SCRIPT, ScriptOutputType.INTEGER, new String[] {prefix + "violations:" + client},
                Long.toString(window.toMillis()));
        return count == null ? 1 : count;
    }

    @Override
    public Optional<Instant> penaltyUntil(String client, Instant now) {
        String until = commands().get(prefix + "penalty:" + client);
        return Optional.ofNullable(until).map(value -> Instant.ofEpochMilli(Long.parseLong(value))).filter(now::isBefore);
    }

    @Override
    public void forget(String client) {
        commands().del(prefix + "violations:" + client, prefix + "penalty:" + client);
    }

    @Override
    public void penalize(String client, Instant until, Instant now) {
        long ttl = Math.max(1, Duration.between(now, until).toMillis());
        commands().set(prefix + "penalty:" + client, Long.toString(until.toEpochMilli()), SetArgs.Builder.px(ttl));
    }
}
