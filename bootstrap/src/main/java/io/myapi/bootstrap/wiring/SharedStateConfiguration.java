package io.myapi.bootstrap.wiring;

import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * State shared by every instance: Redis when {@code myapi.redis.url} is set, in-process stores
 * otherwise. Nothing connects to Redis unless it is configured.
 */
@Configuration(proxyBeanMethods = false)
public class SharedStateConfiguration {

    @Bean
    @ConditionalOnProperty("myapi.redis.url")
    RedisConnectionManager redisConnectionManager(MyApiProperties settings) {
        MyApiProperties.Redis redis = settings.redis();
        return new RedisConnectionManager(java.util.Objects.requireNonNull(redis.url()), redis.commandTimeout());
    }

    /** Readiness contributor {@code sharedState}: Redis must answer PING when configured. */
    @Bean
    HealthIndicator sharedStateHealthIndicator(ObjectProvider<RedisConnectionManager> redis) {
        return () -> {
            RedisConnectionManager manager = redis.getIfAvailable();
            if (manager == null) {
                return Health.up().build();
            }
            return manager.ping() ? Health.up().build() : Health.down().build();
        };
    }
}
