package io.myapi.infrastructure.session;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import io.myapi.application.identity.port.out.RefreshOutcome;
import io.myapi.application.identity.port.out.SessionStore;
import io.myapi.domain.session.Session;
import io.myapi.domain.user.UserId;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions in Redis, shared by every instance. A session is a hash under
 * {@code <prefix>session:<id>} that expires at the session's absolute end; a set under
 * {@code <prefix>user-sessions:<user>} indexes a user's sessions. Refresh rotation is one Lua
 * script, so two instances refreshing with the same token cannot both succeed (R13.5).
 */
public final class RedisSessionStore implements SessionStore {

    /** Returns 0 when the session is missing, 1 when the token was already spent, 2 when rotated. */
    private static final String ROTATE_SCRIPT = """
            local current = redis.call('HGET', KEYS[1], 'refresh')
            if not current then return 0 end
            if current ~= ARGV[1] then return 1 end
            redis.call('HSET', KEYS[1], 'refresh', ARGV[2], 'seen', ARGV[3])
            return 2
            """;

    /** Updates activity only on a session that still exists, so a touch cannot resurrect one. */
    private static final String TOUCH_SCRIPT = """
            if redis.call('EXISTS', KEYS[1]) == 1 then
              redis.call('HSET', KEYS[1], 'seen', ARGV[1])
            end
            return 0
            """;

    /** Stores the hash, its TTL and the index entry at once, so no session exists without a TTL or an index entry. */
    private static final String CREATE_SCRIPT = """
            redis.call('HSET', KEYS[1], 'user', ARGV[2], 'created', ARGV[3], 'seen', ARGV[4], 'absolute', ARGV[5],
              'refresh', ARGV[6], 'ip', ARGV[7], 'ua', ARGV[8])
            redis.call('PEXPIRE', KEYS[1], ARGV[9])
            redis.call('SADD', KEYS[2], ARGV[1])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[9]) then redis.call('PEXPIRE', KEYS[2], ARGV[9]) end
            return 1
            """;

    /** Ends every session of a user in one step: nothing created meanwhile can slip past. */
    private static final String REVOKE_ALL_SCRIPT = """
            local ended = 0
            for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              ended = ended + redis.call('DEL', ARGV[1] .. id)
              redis.call('SREM', KEYS[1], id)
            end
            return ended
            """;

    private final RedisConnectionManager redis;
    private final String prefix;

    /**
     * Creates the store.
     *
     * @param redis the shared connection
     * @param prefix namespace of every key, such as {@code myapi:}
     */
    public RedisSessionStore(RedisConnectionManager redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public void create(Session session, Duration ttl) {
        commands().eval(CREATE_SCRIPT, ScriptOutputType.INTEGER,
                new String[] {sessionKey(session.id()), userKey(session.userId())},
                session.id(),
                session.userId().toString(),
                Long.toString(session.createdAt().toEpochMilli()),
                Long.toString(session.lastSeenAt().toEpochMilli()),
                Long.toString(session.absoluteExpiry().toEpochMilli()),
                session.currentRefreshId(),
                session.clientIp(),
                session.userAgent(),
                Long.toString(Math.max(1, ttl.toMillis())));
    }

    @Override
    public Optional<Session> find(String sessionId) {
        Map<String, String> fields = commands().hgetall(sessionKey(sessionId));
        if (fields == null || fields.isEmpty() || !fields.containsKey("refresh")) {
            return Optional.empty();
        }
        return Optional.of(new Session(
                sessionId,
                UserId.parse(fields.get("user")),
                Instant.ofEpochMilli(Long.parseLong(fields.get("created"))),
                Instant.ofEpochMilli(Long.parseLong(fields.get("seen"))),
                Instant.ofEpochMilli(Long.parseLong(fields.get("absolute"))),
                fields.get("refresh"),
                fields.getOrDefault("ip", ""),
                fields.getOrDefault("ua", "")));
    }

    @Override
    public void touch(String sessionId, Instant now) {
        commands().eval(TOUCH_SCRIPT, ScriptOutputType.INTEGER, new String[] {sessionKey(sessionId)},
                Long.toString(now.toEpochMilli()));
    }

    @Override
    public RefreshOutcome rotate(String sessionId, String presentedRefreshId, String newRefreshId, Instant now) {
        Long result = commands().eval(ROTATE_SCRIPT, ScriptOutputType.INTEGER, new String[] {sessionKey(sessionId)},
                presentedRefreshId, newRefreshId, Long.toString(now.toEpochMilli()));
        return switch (result.intValue()) {
            case 2 -> RefreshOutcome.ROTATED;
            case 1 -> RefreshOutcome.REUSED;
            default -> RefreshOutcome.MISSING;
        };
    }

    @Override
    public boolean revoke(String sessionId) {
        RedisCommands<String, String> commands = commands();
        String user = commands.hget(sessionKey(sessionId), "user");
        long removed = commands.del(sessionKey(sessionId));
        if (user != null) {
            commands.srem(userKey(UserId.parse(user)), sessionId);
        }
        return removed > 0;
    }

    @Override
    public List<Session> listForUser(UserId userId) {
        List<Session> sessions = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String id : commands().smembers(userKey(userId))) {
            find(id).ifPresentOrElse(sessions::add, () -> gone.add(id));
        }
        if (!gone.isEmpty()) {
            commands().srem(userKey(userId), gone.toArray(String[]::new));
        }
        return sessions;
    }

    @Override
    public int revokeAllForUser(UserId userId) {
        Long ended = commands().eval(REVOKE_ALL_SCRIPT, ScriptOutputType.INTEGER, new String[] {userKey(userId)},
                prefix + "session:");
        return ended.intValue();
    }

    private RedisCommands<String, String> commands() {
        return redis.connection().sync();
    }

    private String sessionKey(String sessionId) {
        return prefix + "session:" + sessionId;
    }

    private String userKey(UserId userId) {
        return prefix + "user-sessions:" + userId;
    }
}
