package io.myapi.infrastructure.persistence.catalogue;

import jakarta.persistence.EntityManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The JPA adapter of products and its Spring Data repository. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = CataloguePersistenceConfiguration.class)
public class CataloguePersistenceConfiguration {

    @Bean
    ProductPersistenceAdapter productPersistenceAdapter(SpringDataProductRepository rows, EntityManager entityManager) {
        return new ProductPersistenceAdapter(rows, entityManager);
    }
}
