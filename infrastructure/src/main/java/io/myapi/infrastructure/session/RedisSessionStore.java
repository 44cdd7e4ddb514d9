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
        RedisCommands<String, String> commands = commands();
        String key = sessionKey(session.id());
        commands.hset(key, Map.of(
                "user", session.userId().toString(),
                "created", Long.toString(session.createdAt().toEpochMilli()),
                "seen", Long.toString(session.lastSeenAt().toEpochMilli()),
                "absolute", Long.toString(session.absoluteExpiry().toEpochMilli()),
                "refresh", session.currentRefreshId(),
                "ip", session.clientIp(),
                "ua", session.userAgent()));
        commands.pexpire(key, ttl.toMillis());
        String index = userKey(session.userId());
        commands.sadd(index, session.id());
        commands.pexpire(index, ttl.toMillis());
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
            commands.srem(prefix + "user-sessions:" + user, sessionId);
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
        RedisCommands<String, String> commands = commands();
        int ended = 0;
        for (String id : commands.smembers(userKey(userId))) {
            ended += commands.del(sessionKey(id)).intValue();
        }
        commands.del(userKey(userId));
        return ended;
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
