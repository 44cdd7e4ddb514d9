package io.myapi.infrastructure.persistence.catalogue;

import io.myapi.infrastructure.persistence.CommerceJpaTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** The product and order repositories on H2 in PostgreSQL mode, as on the embedded defaults. */
@SpringBootTest(classes = CommerceJpaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:commerce;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.properties.hibernate.jdbc.batch_size=100",
        "spring.jpa.properties.hibernate.order_inserts=true",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
class CommerceRepositoriesH2Test extends CommerceJpaRepositoriesContract {
}
