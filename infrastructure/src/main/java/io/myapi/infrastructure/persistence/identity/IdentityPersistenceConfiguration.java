package io.myapi.infrastructure.persistence.identity;

import jakarta.persistence.EntityManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The JPA adapters of users and API keys, and the Spring Data repositories behind them. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = IdentityPersistenceConfiguration.class)
public class IdentityPersistenceConfiguration {

    @Bean
    UserPersistenceAdapter userPersistenceAdapter(SpringDataUserRepository rows, EntityManager entityManager) {
        return new UserPersistenceAdapter(rows, entityManager);
    }

    @Bean
    ApiKeyPersistenceAdapter apiKeyPersistenceAdapter(SpringDataApiKeyRepository rows) {
        return new ApiKeyPersistenceAdapter(rows);
    }
}
