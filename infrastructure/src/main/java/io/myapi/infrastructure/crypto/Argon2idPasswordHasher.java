package io.myapi.infrastructure.crypto;

import io.myapi.application.identity.HashingCapacityExceededException;
import io.myapi.application.identity.port.out.PasswordHasher;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.PasswordHash;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with memory 64 MiB, 3 iterations, parallelism 4, a 16-byte salt from
 * {@code SecureRandom} and a 32-byte hash (R18.1, R18.4, R29.4), set explicitly because Spring
 * Security's defaults are weaker. Verification compares in constant time (R18.5, R29.5).
 *
 * <p>Each hash holds 64 MiB, so at most {@code permits} run at once (one per processor by
 * default); a caller that cannot get a slot within {@code maxWait} gets
 * {@link HashingCapacityExceededException}, answered 503 with {@code Retry-After}, instead of
 * the process running out of memory.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    /** Salt length in bytes. */
    public static final int SALT_BYTES = 16;
    /** Hash length in bytes. */
    public static final int HASH_BYTES = 32;
    /** Lanes. */
    public static final int PARALLELISM = 4;
    /** Memory in KiB (64 MiB). */
    public static final int MEMORY_KIB = 65_536;
    /** Passes over memory. */
    public static final int ITERATIONS = 3;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    private final Semaphore slots;
    private final Duration maxWait;
    private final LazySingleton<String> dummyHash;

    /**
     * Creates the hasher.
     *
     * @param permits most hashes computed at once
     * @param maxWait longest wait for a slot
     */
    public Argon2idPasswordHasher(int permits, Duration maxWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be positive");
        }
        this.slots = new Semaphore(permits, true);
        this.maxWait = maxWait;
        this.dummyHash = new LazySingleton<>(() -> encoder.encode("dummy password that no account has: " + System.nanoTime()));
    }

    @Override
    public PasswordHash hash(Secret password) {
        return new PasswordHash(bounded(() -> encoder.encode(password.reveal())));
    }

    @Override
    public boolean matches(Secret password, PasswordHash hash) {
        return bounded(() -> encoder.matches(password.reveal(), hash.encoded()));
    }

    @Override
    public void verifyAgainstDummy(Secret password) {
        String dummy = dummyHash.get();
        bounded(() -> encoder.matches(password.reveal(), dummy));
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HashingCapacityExceededException("interrupted while waiting for a hashing slot");
        }
        if (!acquired) {
            throw new HashingCapacityExceededException("every password-hashing slot is busy");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
