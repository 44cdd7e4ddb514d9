package io.myapi.infrastructure.persistence.identity;

import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** {@link ApiKeyRepository} on JPA. */
public class ApiKeyPersistenceAdapter implements ApiKeyRepository {

    private final SpringDataApiKeyRepository rows;

    ApiKeyPersistenceAdapter(SpringDataApiKeyRepository rows) {
        this.rows = rows;
    }

    @Override
    @Transactional
    public void save(ApiKey key) {
        ApiKeyJpaEntity row = rows.findById(key.id().toString()).orElseGet(ApiKeyJpaEntity::new);
        IdentityPersistenceMapper.copy(key, row);
        rows.save(row);
    }

    @Override
    @Transactional
    public void recordUse(ApiKeyId id, Instant usedAt) {
        rows.recordUse(id.toString(), usedAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiKey> findById(ApiKeyId id) {
        return rows.findById(id.toString()).map(IdentityPersistenceMapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiKey> findByPrefix(String prefix) {
        return rows.findByPrefix(prefix).map(IdentityPersistenceMapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKey> listByOwner(UserId owner) {
        return rows.findByOwnerIdOrderByCreatedAtDescIdDesc(owner.toString()).stream()
                .map(IdentityPersistenceMapper::toDomain)
                .toList();
    }
}
