package io.myapi.application.identity.support;

import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.PasswordHash;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast reversible stand-in for Argon2id that counts verifications. */
public final class FakePasswordHasher implements PasswordHasher {

    /** Real verifications and dummy ones, together: equal work for every login attempt. */
    public final AtomicInteger verifications = new AtomicInteger();

    @Override
    public PasswordHash hash(Secret password) {
        return new PasswordHash("fake$" + password.reveal());
    }

    @Override
    public boolean matches(Secret password, PasswordHash hash) {
        verifications.incrementAndGet();
        return hash.encoded().equals("fake$" + password.reveal());
    }

    @Override
    public void verifyAgainstDummy(Secret password) {
        verifications.incrementAndGet();
    }
}
