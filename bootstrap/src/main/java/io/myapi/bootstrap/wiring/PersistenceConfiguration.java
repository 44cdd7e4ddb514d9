package io.myapi.bootstrap.wiring;

import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.infrastructure.persistence.DataSourceFactory;
import io.myapi.infrastructure.persistence.DeadlineDataSource;
import io.myapi.infrastructure.persistence.PoolSettings;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: PostgreSQL when {@code myapi.database.url} is set, otherwise the embedded H2
 * file database under the data folder (PostgreSQL mode, no TCP server, no console). Flyway
 * migrates whichever it is at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    /** H2 settings that make it behave like PostgreSQL for our migrations and queries. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";

    @Bean
    DataSource dataSource(MyApiProperties settings) {
        MyApiProperties.Database database = settings.database();
        String url = database.url() != null ? database.url() : embeddedUrl(settings.dataDir());
        MyApiProperties.Pool pool = database.pool();
        // Every statement of a request gets the time left to the request's deadline (R26.2).
        return new DeadlineDataSource(DataSourceFactory.create(new PoolSettings(
                url,
                Optional.ofNullable(database.username()),
                Optional.ofNullable(database.password()),
                Math.min(pool.minimumIdle(), pool.maximumSize()),
                pool.maximumSize(),
                pool.connectionTimeout(),
                pool.idleTimeout())));
    }

    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("myapi") + H2_OPTIONS;
    }
}
