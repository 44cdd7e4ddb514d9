package io.myapi.infrastructure.crypto;

import com.github.f4b6a3.ulid.UlidFactory;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.domain.shared.Ulid;
import java.security.SecureRandom;
import java.time.Clock;

/** Monotonic ULIDs whose random part comes from {@link SecureRandom}. */
public final class UlidIdGenerator implements IdGenerator {

    private final UlidFactory factory;

    /**
     * Creates the generator.
     *
     * @param clock time source for the timestamp part
     */
    public UlidIdGenerator(Clock clock) {
        SecureRandom random = new SecureRandom();
        this.factory = UlidFactory.newMonotonicInstance((java.util.function.LongSupplier) random::nextLong, clock::millis);
    }

    @Override
    public Ulid next() {
        return new Ulid(factory.create().toString());
    }
}
