package io.myapi.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.identity.HashingCapacityExceededException;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.PasswordHash;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real Argon2id hasher: parameters, salts, verification and the concurrency bound. */
class Argon2idPasswordHasherTest {

    private static final Secret PASSWORD = Secret.of("correct horse battery staple 9!");

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(2, Duration.ofSeconds(10));

    @Test
    @Tag("R18.1")
    @Tag("R29.4")
    void hashesAreArgon2idWith64MebibytesThreeIterationsParallelismFour() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=65536,t=3,p=4$");
        String[] parts = hash.encoded().split("\\$");
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(Argon2idPasswordHasher.SALT_BYTES);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(Argon2idPasswordHasher.HASH_BYTES);
        assertThat(hash.toString()).doesNotContain("argon2");
    }

    @Test
    @Tag("R18.4")
    void everyHashHasItsOwnRandomSalt() {
        String first = hasher.hash(PASSWORD).encoded();
        String second = hasher.hash(PASSWORD).encoded();

        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    @Tag("R18.5")
    @Tag("R29.5")
    void verificationAcceptsOnlyTheRightPassword() {
        PasswordHash hash = hasher.hash(PASSWORD);

        assertThat(hasher.matches(PASSWORD, hash)).isTrue();
        assertThat(hasher.matches(Secret.of("correct horse battery staple 9?"), hash)).isFalse();
        assertThat(hasher.matches(Secret.of(""), hash)).isFalse();
    }

    @Test
    @Tag("R18.5")
    void theDummyVerificationIsRealBoundedHashingWork() throws Exception {
        Argon2idPasswordHasher oneSlot = new Argon2idPasswordHasher(1, Duration.ofMillis(20));
        oneSlot.verifyAgainstDummy(PASSWORD);
        // Another thread keeps the one slot busy with dummy verifications for a while.
        CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 5; i++) {
                try {
                    oneSlot.verifyAgainstDummy(PASSWORD);
                } catch (HashingCapacityExceededException collidedWithTheTest) {
                    i--;
                }
            }
        });

        // An unknown account costs a hashing slot like a real verification, so it is bounded and timed alike:
        // while the slot is busy, a dummy verification is refused (no sleep-based timing).
        boolean refused = false;
        while (!refused && !busy.isDone()) {
            try {
                oneSlot.verifyAgainstDummy(PASSWORD);
            } catch (HashingCapacityExceededException e) {
                refused = true;
            }
        }
        assertThat(refused).isTrue();
        busy.get();
    }

    @Test
    void whenEverySlotIsBusyHashingIsRefusedInsteadOfQueuedWithoutBound() throws Exception {
        Argon2idPasswordHasher oneSlot = new Argon2idPasswordHasher(1, Duration.ofMillis(20));
        CompletableFuture<PasswordHash> busy = CompletableFuture.supplyAsync(() -> oneSlot.hash(PASSWORD));
        Thread.sleep(150);

        assertThatThrownBy(() -> oneSlot.hash(PASSWORD)).isInstanceOf(HashingCapacityExceededException.class);
        assertThat(busy.get().encoded()).startsWith("$argon2id$");
        assertThat(oneSlot.matches(PASSWORD, busy.get())).isTrue();
    }
}
