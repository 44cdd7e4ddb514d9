package io.myapi.infrastructure.persistence.identity;

import io.myapi.application.identity.support.InMemoryApiKeyRepository;
import io.myapi.application.identity.support.InMemoryUserRepository;
import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.user.UserRepository;

/** The same contract on the in-memory twins the use-case tests rely on (R11.4). */
class IdentityRepositoriesInMemoryTest extends IdentityRepositoriesContract {

    private final UserRepository users = new InMemoryUserRepository();
    private final ApiKeyRepository keys = new InMemoryApiKeyRepository();

    @Override
    UserRepository users() {
        return users;
    }

    @Override
    ApiKeyRepository keys() {
        return keys;
    }
}
