package io.myapi.application.identity.port.out;

import io.myapi.domain.user.UserId;
import java.util.Optional;
import java.util.function.Function;

/** Users' tiers as last read, kept briefly so that a request does not read the user row. */
public interface SubscriptionTierCache {

    /**
     * The cached tier, loaded on a miss.
     *
     * @param userId the user
     * @param loader reads the tier from the user's record
     * @return the tier, or empty for none
     */
    Optional<String> get(UserId userId, Function<UserId, Optional<String>> loader);

    /**
     * Forgets a user's tier after a change.
     *
     * @param userId the user
     */
    void invalidate(UserId userId);
}
