package io.myapi.infrastructure.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.persistence.ConnectionStringRedactor;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Lettuce client of the process, created only when Redis is configured. The connection
 * opens on first use, so a Redis that is down at start turns readiness red instead of killing
 * the process; stopping closes it as a lifecycle hook, and a stopped manager that is started
 * again (a paused and resumed context) gets a new client.
 */
public final class RedisConnectionManager implements LifecycleHook {

    private static final Logger LOG = LoggerFactory.getLogger(RedisConnectionManager.class);

    private final RedisURI uri;
    private volatile @org.jspecify.annotations.Nullable RedisClient client;
    private final String redactedUrl;
    private final Object lock = new Object();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile StatefulRedisConnection<byte[], byte[]> binaryConnection;

    /**
     * Creates the client without connecting.
     *
     * @param url a {@code redis://} or {@code rediss://} URL, possibly with credentials
     * @param commandTimeout the longest any Redis command may take
     */
    public RedisConnectionManager(Secret url, Duration commandTimeout) {
        this.uri = RedisURI.create(url.reveal());
        this.uri.setTimeout(commandTimeout);
        this.client = RedisClient.create(uri);
        this.redactedUrl = ConnectionStringRedactor.redact(url.reveal());
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public void start() {
        LOG.info("redis configured: url={}", redactedUrl);
    }

    /**
     * The shared connection, opened on first call.
     *
     * @return a thread-safe Lettuce connection
     */
    public StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null || !current.isOpen()) {
            synchronized (lock) {
                current = connection;
                if (current == null || !current.isOpen()) {
                    current = client().connect();
                    connection = current;
                }
            }
        }
        return current;
    }

    /**
     * A second shared connection with byte-array keys and values, opened on first call: bucket4j
     * stores its bucket state as bytes.
     *
     * @return a thread-safe Lettuce connection with the byte-array codec
     */
    public StatefulRedisConnection<byte[], byte[]> binaryConnection() {
        StatefulRedisConnection<byte[], byte[]> current = binaryConnection;
        if (current == null || !current.isOpen()) {
            synchronized (lock) {
                current = binaryConnection;
                if (current == null || !current.isOpen()) {
                    current = client().connect(ByteArrayCodec.INSTANCE);
                    binaryConnection = current;
                }
            }
        }
        return current;
    }

    /**
     * Checks that Redis answers.
     *
     * @return {@code true} when {@code PING} returned {@code PONG}
     */
    public boolean ping() {
        try {
            return "PONG".equals(connection().sync().ping());
        } catch (RuntimeException e) {
            LOG.warn("redis ping failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The client, a new one after a stop (called under the lock). */
    private RedisClient client() {
        RedisClient current = client;
        if (current == null) {
            current = RedisClient.create(uri);
            client = current;
        }
        return current;
    }

    @Override
    public void stop() {
        synchronized (lock) {
            StatefulRedisConnection<String, String> current = connection;
            if (current != null) {
                current.close();
            }
            StatefulRedisConnection<byte[], byte[]> binary = binaryConnection;
            if (binary != null) {
                binary.close();
            }
            connection = null;
            binaryConnection = null;
            RedisClient stopped = client;
            client = null;
            if (stopped != null) {
                stopped.shutdown();
            }
        }
    }
}
