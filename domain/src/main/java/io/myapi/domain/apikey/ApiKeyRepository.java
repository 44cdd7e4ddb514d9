package io.myapi.domain.apikey;

import io.myapi.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Where API keys live. */
public interface ApiKeyRepository {

    /**
     * Inserts or updates.
     *
     * @param key the key
     */
    void save(ApiKey key);

    /**
     * Records a use without touching anything else of the row, so it can never undo a concurrent
     * revocation; a revoked key's row is left alone.
     *
     * @param id the key
     * @param usedAt time of use
     */
    void recordUse(ApiKeyId id, java.time.Instant usedAt);

    /**
     * Looks a key up.
     *
     * @param id identifier
     * @return the key, if any
     */
    Optional<ApiKey> findById(ApiKeyId id);

    /**
     * Looks a key up by its public prefix.
     *
     * @param prefix the prefix
     * @return the key, if any
     */
    Optional<ApiKey> findByPrefix(String prefix);

    /**
     * Every key of a user, newest first, revoked ones included.
     *
     * @param owner the user
     * @return the keys
     */
    List<ApiKey> listByOwner(UserId owner);
}
