package io.myapi.application.identity.port.in;

import io.myapi.domain.user.UserId;
import java.util.Optional;

/** The subscription tier a request's budget is chosen by; read often, so answered from a short-lived cache. */
public interface ResolveSubscriptionTierUseCase {

    /**
     * The user's tier.
     *
     * @param userId the user
     * @return the tier's name, or empty for none (or an unknown user)
     */
    Optional<String> tierOf(UserId userId);
}
