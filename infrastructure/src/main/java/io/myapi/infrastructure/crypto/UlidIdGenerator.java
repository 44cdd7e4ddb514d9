package io.myapi.infrastructure.crypto;

import com.github.f4b6a3.ulid.UlidFactory;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.domain.shared.Ulid;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.IntFunction;

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
        IntFunction<byte[]> randomBytes = length -> {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        };
        this.factory = UlidFactory.newMonotonicInstance(randomBytes, clock::millis);
    }

    @Override
    public Ulid next() {
        return new Ulid(factory.create().toString());
    }
}
