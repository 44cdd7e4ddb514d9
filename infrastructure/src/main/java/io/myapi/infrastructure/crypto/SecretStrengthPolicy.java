package io.myapi.infrastructure.crypto;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.myapi.domain.shared.Secret;
import java.util.Optional;

/**
 * Decides whether a cryptographic secret is strong enough to sign or encrypt with (R7.4, R13.4,
 * R17.6).
 *
 * <p>Two checks: at least {@value #MIN_LENGTH} characters (256 bits of key material when the
 * characters are random bytes), and an entropy estimate from zxcvbn of at least
 * 10^{@value #MIN_GUESSES_LOG10} guesses (about 80 bits), which rejects repeats
 * ({@code aaaa...}), sequences, keyboard walks and dictionary words; and at least
 * {@value #MIN_GUESSES_LOG10_PER_CHARACTER} digits of guesses per character, which rejects long
 * pass-phrases ({@code my-super-secret-key...}) that random keys never resemble.
 * The verdict never contains the secret.
 */
public final class SecretStrengthPolicy {

    /** Shortest acceptable secret. */
    public static final int MIN_LENGTH = 32;

    /** Lowest acceptable zxcvbn estimate, as log10 of the number of guesses. */
    public static final double MIN_GUESSES_LOG10 = 24.0;

    /**
     * Lowest acceptable estimate per character. Random keys score about one digit of guesses per
     * character (hex at least 0.87 in 2,000 samples, base64 0.93); pass-phrases, however long,
     * score 0.7 or less because most of their characters belong to words.
     */
    public static final double MIN_GUESSES_LOG10_PER_CHARACTER = 0.8;

    /** Longest secret measured; longer ones are measured on their first part only. */
    private static final int MAX_MEASURED_LENGTH = 256;

    private final LazySingleton<Zxcvbn> estimator;

    /** Creates the policy; zxcvbn's dictionaries load on first use. */
    public SecretStrengthPolicy() {
        this(new LazySingleton<>(Zxcvbn::new));
    }

    SecretStrengthPolicy(LazySingleton<Zxcvbn> estimator) {
        this.estimator = estimator;
    }

    /**
     * Checks a secret.
     *
     * @param secret the candidate
     * @return empty when strong enough, otherwise a reason that does not quote the secret
     */
    public Optional<String> weakness(Secret secret) {
        if (secret.length() < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters (256 bits); it has " + secret.length());
        }
        String measured = secret.reveal();
        if (measured.length() > MAX_MEASURED_LENGTH) {
            measured = measured.substring(0, MAX_MEASURED_LENGTH);
        }
        Strength strength = estimator.get().measure(measured);
        double guessesLog10 = strength.getGuessesLog10();
        strength.wipe();
        if (guessesLog10 < MIN_GUESSES_LOG10 || guessesLog10 < MIN_GUESSES_LOG10_PER_CHARACTER * measured.length()) {
            return Optional.of("has too little entropy (repeated, sequential or dictionary-like); "
                    + "generate one with: openssl rand -base64 48");
        }
        return Optional.empty();
    }
}
