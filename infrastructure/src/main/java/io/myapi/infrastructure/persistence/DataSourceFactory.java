package io.myapi.infrastructure.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Hikari connection pool and says where it points, credentials redacted. */
public final class DataSourceFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DataSourceFactory.class);

    private DataSourceFactory() {
    }

    /**
     * Creates the pool. Connections open lazily, so a database that is down at start makes the
     * readiness probe fail rather than the process.
     *
     * @param settings where and how to connect
     * @return the pool
     */
    public static HikariDataSource create(PoolSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("myapi-db");
        config.setJdbcUrl(settings.url());
        settings.username().ifPresent(config::setUsername);
        settings.password().ifPresent(secret -> config.setPassword(secret.reveal()));
        config.setMinimumIdle(settings.minimumIdle());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setInitializationFailTimeout(-1);
        LOG.info("database pool configured: url={} min_idle={} max_size={}",
                ConnectionStringRedactor.redact(settings.url()), settings.minimumIdle(), settings.maximumPoolSize());
        return new HikariDataSource(config);
    }
}
