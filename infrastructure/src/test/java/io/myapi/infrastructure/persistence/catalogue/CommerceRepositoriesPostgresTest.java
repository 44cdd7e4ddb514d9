package io.myapi.infrastructure.persistence.catalogue;

import io.myapi.infrastructure.persistence.CommerceJpaTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** The product and order repositories on the real PostgreSQL at localhost. */
@SpringBootTest(classes = CommerceJpaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/myapi_test",
        "spring.datasource.username=myapi_test",
        "spring.datasource.password=myapi_test",
        "spring.jpa.hibernate.ddl-auto=none",
        "spring.jpa.properties.hibernate.jdbc.batch_size=100",
        "spring.jpa.properties.hibernate.order_inserts=true",
        "spring.jpa.properties.hibernate.generate_statistics=true"})
class CommerceRepositoriesPostgresTest extends CommerceJpaRepositoriesContract {
}
