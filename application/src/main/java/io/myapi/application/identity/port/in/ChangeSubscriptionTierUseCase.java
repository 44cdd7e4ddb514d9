package io.myapi.application.identity.port.in;

import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import java.util.Optional;

/** An administrator puts a user on a subscription tier, or on none (R16.4). Needs {@code USER_MANAGE} and a session. */
public interface ChangeSubscriptionTierUseCase {

    /**
     * Changes the tier.
     *
     * @param caller the administrator
     * @param userId the user
     * @param tier a configured tier's name, or empty for none
     * @return the user after the change
     */
    User changeTier(Caller caller, UserId userId, Optional<String> tier);
}
