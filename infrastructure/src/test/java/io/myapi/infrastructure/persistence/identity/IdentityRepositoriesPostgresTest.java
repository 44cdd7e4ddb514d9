package io.myapi.infrastructure.persistence.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** The identity repositories on the real PostgreSQL at localhost (created by .ci/run). */
@SpringBootTest(classes = IdentityJpaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/myapi_test",
        "spring.datasource.username=myapi_test",
        "spring.datasource.password=myapi_test",
        "spring.jpa.hibernate.ddl-auto=none"})
class IdentityRepositoriesPostgresTest extends IdentityJpaRepositoriesContract {
}
