package io.myapi.application.identity.port.in;

import io.myapi.domain.user.User;

/** Creates a customer account (R18.1-R18.3). */
public interface RegisterUserUseCase {

    /**
     * Creates a customer account (R18.1-R18.3).
     *
     * @param command the input
     * @return the new user
     */
    User register(RegisterUserCommand command);
}
