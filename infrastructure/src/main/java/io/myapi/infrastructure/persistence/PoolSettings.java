package io.myapi.infrastructure.persistence;

import io.myapi.domain.shared.Secret;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the connection pool needs (R24.1-R24.3): where to connect, as whom, and the pool's bounds.
 *
 * @param url JDBC URL
 * @param username database user, if any
 * @param password database password, if any
 * @param minimumIdle connections kept open when idle (at least 5 in production sizing)
 * @param maximumPoolSize upper bound of open connections (at most 100)
 * @param connectionTimeout longest wait for a connection before failing
 * @param idleTimeout how long an idle connection above the minimum is kept
 */
public record PoolSettings(
        String url,
        Optional<String> username,
        Optional<Secret> password,
        int minimumIdle,
        int maximumPoolSize,
        Duration connectionTimeout,
        Duration idleTimeout) {

    /** Validates the bounds. */
    public PoolSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (minimumIdle < 0 || maximumPoolSize < 1 || minimumIdle > maximumPoolSize) {
            throw new IllegalArgumentException("pool bounds must satisfy 0 <= minimum-idle <= maximum-pool-size");
        }
    }
}
