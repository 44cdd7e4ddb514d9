package io.myapi.infrastructure.persistence.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** The identity repositories on H2 in PostgreSQL mode, as on the embedded defaults. */
@SpringBootTest(classes = IdentityJpaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:identity;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.jpa.hibernate.ddl-auto=none"})
class IdentityRepositoriesH2Test extends IdentityJpaRepositoriesContract {
}
