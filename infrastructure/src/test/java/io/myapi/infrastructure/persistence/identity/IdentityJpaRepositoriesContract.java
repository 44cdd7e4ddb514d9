package io.myapi.infrastructure.persistence.identity;

import io.myapi.domain.apikey.ApiKeyRepository;
import io.myapi.domain.user.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** The identity repository contract on the JPA adapters of a Spring test context. */
abstract class IdentityJpaRepositoriesContract extends IdentityRepositoriesContract {

    @Autowired
    UserRepository users;

    @Autowired
    ApiKeyRepository keys;

    @Override
    UserRepository users() {
        return users;
    }

    @Override
    ApiKeyRepository keys() {
        return keys;
    }
}
