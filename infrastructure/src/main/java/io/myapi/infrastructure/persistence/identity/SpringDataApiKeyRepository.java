package io.myapi.infrastructure.persistence.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Spring Data access to {@code api_keys}. */
interface SpringDataApiKeyRepository extends JpaRepository<ApiKeyJpaEntity, String> {

    Optional<ApiKeyJpaEntity> findByPrefix(String prefix);

    @Modifying
    @Query("update ApiKeyJpaEntity k set k.lastUsedAt = :usedAt where k.id = :id and k.revokedAt is null")
    int recordUse(@Param("id") String id, @Param("usedAt") Instant usedAt);

    List<ApiKeyJpaEntity> findByOwnerIdOrderByCreatedAtDescIdDesc(String ownerId);
}
