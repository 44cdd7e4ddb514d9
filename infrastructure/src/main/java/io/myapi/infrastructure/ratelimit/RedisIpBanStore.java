package io.myapi.infrastructure.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import io.myapi.application.ratelimit.IpBan;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ban list in one Redis hash, {@code <prefix>ip-bans}, shared by every instance: field the
 * address, value {@code <created ms>|<until ms>|<source>|<reason>}. Expired bans are removed as
 * they are met.
 */
public final class RedisIpBanStore implements IpBanStore {

    /** Deletes a field only if it still holds the value read, so that a ban set meanwhile survives. */
    private static final String DELETE_IF_UNCHANGED_SCRIPT = """
            if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
              return redis.call('HDEL', KEYS[1], ARGV[1])
            end
            return 0
            """;

    private final RedisConnectionManager redis;
    private final String key;
    private final java.util.concurrent.atomic.AtomicLong saves = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Creates the adapter.
     *
     * @param redis the process's Redis client
     * @param prefix namespace of every key, such as {@code myapi:}
     */
    public RedisIpBanStore(RedisConnectionManager redis, String prefix) {
        this.redis = redis;
        this.key = prefix + "ip-bans";
    }

    private RedisCommands<String, String> commands() {
        return redis.connection().sync();
    }

    @Override
    public Optional<IpBan> find(String ip, Instant now) {
        String value = commands().hget(key, ip);
        if (value == null) {
            return Optional.empty();
        }
        IpBan ban = decode(ip, value);
        if (!ban.isActiveAt(now)) {
            deleteIfUnchanged(ip, value);
            return Optional.empty();
        }
        return Optional.of(ban);
    }

    @Override
    public void save(IpBan ban) {
        // Expired bans are dropped as they are met; every 64th save also sweeps them, so the hash
        // stays bounded by the bans of the last ban-duration even if nobody lists them.
        if (saves.incrementAndGet() % 64 == 0) {
            active(ban.createdAt());
        }
        commands().hset(key, ban.ip(), ban.createdAt().toEpochMilli() + "|" + ban.until().toEpochMilli() + "|" + ban.source().name()
                + "|" + ban.reason());
    }

    @Override
    public boolean remove(String ip, Instant now) {
        String value = commands().hget(key, ip);
        if (value == null) {
            return false;
        }
        // Removes exactly the ban that was read: one set meanwhile survives.
        return deleteIfUnchanged(ip, value) && decode(ip, value).isActiveAt(now);
    }

    @Override
    public List<IpBan> active(Instant now) {
        List<IpBan> active = new ArrayList<>();
        for (Map.Entry<String, String> entry : commands().hgetall(key).entrySet()) {
            IpBan ban = decode(entry.getKey(), entry.getValue());
            if (ban.isActiveAt(now)) {
                active.add(ban);
            } else {
                deleteIfUnchanged(entry.getKey(), entry.getValue());
            }
        }
        active.sort(Comparator.comparing(IpBan::ip));
        return active;
    }

    private boolean deleteIfUnchanged(String ip, String value) {
        Long deleted = commands().eval(DELETE_IF_UNCHANGED_SCRIPT, ScriptOutputType.INTEGER, new String[] {key}, ip, value);
        return deleted != null && deleted > 0;
    }

    private static IpBan decode(String ip, String value) {
        String[] parts = value.split("\\|", 4);
        return new IpBan(ip, Instant.ofEpochMilli(Long.parseLong(parts[0])), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                IpBan.Source.valueOf(parts[2]), parts[3]);
    }
}
