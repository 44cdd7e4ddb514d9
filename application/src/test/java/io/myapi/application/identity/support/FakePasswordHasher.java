package io.myapi.application.identity.support;

import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.PasswordHash;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast reversible stand-in for Argon2id that counts verifications. */
public final class FakePasswordHasher implements PasswordHasher {

    /** Real verifications and dummy ones, together: equal work for every login attempt. */
    public final AtomicInteger verifications = new AtomicInteger();

    /** Runs inside the next real verification, to stage a race with a slow hash. */
    public volatile Runnable duringNextVerification = () -> { };

    @Override
    public PasswordHash hash(Secret password) {
        return new PasswordHash("fake$" + password.reveal());
    }

    @Override
    public boolean matches(Secret password, PasswordHash hash) {
        verifications.incrementAndGet();
        Runnable race = duringNextVerification;
        duringNextVerification = () -> { };
        boolean matches = hash.encoded().equals("fake$" + password.reveal());
        race.run();
        return matches;
    }

    @Override
    public void verifyAgainstDummy(Secret password) {
        verifications.incrementAndGet();
    }
}
