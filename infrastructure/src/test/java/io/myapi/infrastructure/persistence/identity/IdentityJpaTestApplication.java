package io.myapi.infrastructure.persistence.identity;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The identity JPA adapters with Boot's data source, JPA and Flyway, for slice tests. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(IdentityPersistenceConfiguration.class)
class IdentityJpaTestApplication {
}
