package io.myapi.infrastructure.persistence.order;

import jakarta.persistence.EntityManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The JPA adapter of orders and its Spring Data repository. */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = OrderPersistenceConfiguration.class)
public class OrderPersistenceConfiguration {

    @Bean
    OrderPersistenceAdapter orderPersistenceAdapter(SpringDataOrderRepository rows, EntityManager entityManager) {
        return new OrderPersistenceAdapter(rows, entityManager);
    }
}
