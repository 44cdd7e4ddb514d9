package io.myapi.infrastructure.crypto;

import io.myapi.application.identity.port.out.RandomTokens;
import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers and secrets from {@link SecureRandom} (R28.1, R37.1). */
public final class SecureRandomTokens implements RandomTokens {

    /** Fewest bytes ever handed out: 128 bits. */
    public static final int MIN_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next(int bytes) {
        if (bytes < MIN_BYTES) {
            throw new IllegalArgumentException("at least " + MIN_BYTES + " random bytes");
        }
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
