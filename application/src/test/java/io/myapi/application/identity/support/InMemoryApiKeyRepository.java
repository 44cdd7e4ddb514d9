package io.myapi.application.identity.support;

import io.myapi.domain.apikey.ApiKey;
import io.myapi.domain.apikey.ApiKeyId;
import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** API keys in a map, for use-case tests. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();

    @Override
    public void save(ApiKey key) {
        keys.put(key.id(), key);
    }

    @Override
    public void recordUse(ApiKeyId id, java.time.Instant usedAt) {
        keys.computeIfPresent(id, (key, stored) -> {
            if (stored.revokedAt().isEmpty()) {
                stored.recordUse(usedAt);
            }
            return stored;
        });
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public Optional<ApiKey> findByPrefix(String prefix) {
        return keys.values().stream().filter(k -> k.prefix().equals(prefix)).findFirst();
    }

    @Override
    public List<ApiKey> listByOwner(UserId owner) {
        return keys.values().stream().filter(k -> k.owner().equals(owner))
                .sorted(Comparator.comparing(ApiKey::createdAt).reversed()).toList();
    }
}
