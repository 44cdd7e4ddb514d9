package io.myapi.bootstrap.wiring;

import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.infrastructure.token.JwtAlgorithm;
import io.myapi.infrastructure.token.JwtKeyRing;
import io.myapi.infrastructure.token.JwtKeys;
import io.myapi.infrastructure.token.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the key ring from the validated settings; a key of the wrong family refuses start-up. */
final class JwtKeyRingFactory {

    private JwtKeyRingFactory() {
    }

    static JwtKeyRing create(MyApiProperties.Jwt settings) {
        JwtAlgorithm algorithm = settings.algorithm();
        SigningKey active;
        List<SigningKey> previous = new ArrayList<>();
        if (algorithm.symmetric()) {
            Key key = JwtKeys.hmac(Objects.requireNonNull(settings.secret(), "myapi.security.jwt.secret is required for HS256"));
            active = SigningKey.active(key, key);
            for (MyApiProperties.PreviousKey old : settings.previousKeys()) {
                Key oldKey = JwtKeys.hmac(Objects.requireNonNull(old.secret(), "previous HS256 keys need a secret"));
                previous.add(SigningKey.previous(oldKey, old.acceptedUntil()));
            }
        } else {
            active = SigningKey.active(
                    JwtKeys.privateKey(read(settings.privateKeyFile(), "private-key-file"), algorithm),
                    JwtKeys.publicKey(read(settings.publicKeyFile(), "public-key-file"), algorithm));
            JwtKeys.requireMatchingPair(active, algorithm);
            for (MyApiProperties.PreviousKey old : settings.previousKeys()) {
                previous.add(SigningKey.previous(
                        JwtKeys.publicKey(read(old.publicKeyFile(), "previous-keys[].public-key-file"), algorithm),
                        old.acceptedUntil()));
            }
        }
        return new JwtKeyRing(algorithm, active, previous);
    }

    private static String read(Path file, String property) {
        if (file == null) {
            throw new IllegalStateException("myapi.security.jwt." + property + " is required for asymmetric signing");
        }
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("myapi.security.jwt." + property + " cannot be read", e);
        }
    }
}
