package io.myapi.application.identity.port.out;

import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.PasswordHash;

/**
 * Slow, salted password hashing (Argon2id, R18.1, R29.4). Implementations bound concurrent
 * hashing and throw {@link io.myapi.application.identity.HashingCapacityExceededException}
 * when saturated.
 */
public interface PasswordHasher {

    /**
     * Hashes with a fresh random salt (R18.4).
     *
     * @param password the password
     * @return the encoded hash
     */
    PasswordHash hash(Secret password);

    /**
     * Verifies in constant time (R18.5).
     *
     * @param password the candidate
     * @param hash the stored hash
     * @return {@code true} if they match
     */
    boolean matches(Secret password, PasswordHash hash);

    /**
     * Spends the same time as a real verification against a hash no password matches, so that
     * an unknown account cannot be told from a wrong password by timing.
     *
     * @param password the candidate
     */
    void verifyAgainstDummy(Secret password);
}
