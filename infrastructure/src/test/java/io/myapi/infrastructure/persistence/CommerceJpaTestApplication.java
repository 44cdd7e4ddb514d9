package io.myapi.infrastructure.persistence;

import io.myapi.infrastructure.persistence.catalogue.CataloguePersistenceConfiguration;
import io.myapi.infrastructure.persistence.identity.IdentityPersistenceConfiguration;
import io.myapi.infrastructure.persistence.order.OrderPersistenceConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Every JPA adapter with Boot's data source, JPA and Flyway, for slice tests; entities are found under this package. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({CataloguePersistenceConfiguration.class, OrderPersistenceConfiguration.class, IdentityPersistenceConfiguration.class})
public class CommerceJpaTestApplication {
}
