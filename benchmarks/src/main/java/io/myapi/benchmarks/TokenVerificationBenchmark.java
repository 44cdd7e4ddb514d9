package io.myapi.benchmarks;

import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenType;
import io.myapi.domain.shared.Secret;
import io.myapi.infrastructure.token.JjwtTokenService;
import io.myapi.infrastructure.token.JwtAlgorithm;
import io.myapi.infrastructure.token.JwtKeyRing;
import io.myapi.infrastructure.token.JwtKeys;
import io.myapi.infrastructure.token.SigningKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Verification of one access token, per algorithm, through the real service (header check, signature, claims). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenVerificationBenchmark {

    @Param({"HS256", "ES256", "EDDSA"})
    public String algorithm;

    private JjwtTokenService service;
    private String token;

    @Setup
    public void setUp() throws Exception {
        JwtAlgorithm chosen = JwtAlgorithm.valueOf(algorithm);
        SigningKey key;
        if (chosen == JwtAlgorithm.HS256) {
            SecretKey secret = JwtKeys.hmac(Secret.of("benchmark-only-key-4f7c9e2a1b3d5f7a9c1e3b5d7f9a2c4e"));
            key = SigningKey.active(secret, secret);
        } else if (chosen == JwtAlgorithm.ES256) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            key = SigningKey.active(pair.getPrivate(), pair.getPublic());
        } else {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            key = SigningKey.active(pair.getPrivate(), pair.getPublic());
        }
        service = new JjwtTokenService(new JwtKeyRing(chosen, key, List.of()), "my-api", "my-api",
                Duration.ofSeconds(30), Clock.systemUTC());
        Instant now = Instant.now();
        token = service.issue(new TokenClaims("01ARZ3NDEKTSV4RRFFQ69G5FAV", "session", "token", TokenType.ACCESS,
                Set.of("order_own", "product_read", "api_key_own"), now, now.plus(Duration.ofHours(1))));
    }

    @Benchmark
    public TokenClaims verify() {
        return service.verify(token, TokenType.ACCESS);
    }
}
