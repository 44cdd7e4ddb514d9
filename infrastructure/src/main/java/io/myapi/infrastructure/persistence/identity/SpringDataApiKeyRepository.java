package io.myapi.infrastructure.persistence.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@code api_keys}. */
interface SpringDataApiKeyRepository extends JpaRepository<ApiKeyJpaEntity, String> {

    Optional<ApiKeyJpaEntity> findByPrefix(String prefix);

    List<ApiKeyJpaEntity> findByOwnerIdOrderByCreatedAtDescIdDesc(String ownerId);
}
