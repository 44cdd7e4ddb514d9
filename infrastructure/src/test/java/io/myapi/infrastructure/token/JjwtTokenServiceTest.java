package io.myapi.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenType;
import io.myapi.domain.shared.Secret;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token issuance and every kind of forged or unacceptable token, with a fixed clock (R11.1). */
class JjwtTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Secret SECRET = Secret.of("k3Y-for-tests-only-7f9a2c4e1b8d6f0a3c5e7b9d1f2a4c6e");
    private static final Secret OTHER_SECRET = Secret.of("an0ther-test-key-1c3e5a7b9d2f4a6c8e0b1d3f5a7c9e2b");

    private static JjwtTokenService hmacService(Instant now) {
        SecretKey key = JwtKeys.hmac(SECRET);
        return new JjwtTokenService(new JwtKeyRing(JwtAlgorithm.HS256, SigningKey.active(key, key), List.of()),
                "my-api", "my-api", SKEW, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static TokenClaims claims(TokenType type, Instant issuedAt, Duration lifetime) {
        return new TokenClaims("01ARZ3NDEKTSV4RRFFQ69G5FAV", "session-1", "token-1", type, Set.of("order_own"),
                issuedAt, issuedAt.plus(lifetime));
    }

    private static String accessToken(JjwtTokenService service) {
        return service.issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(15)));
    }

    private static Reason reasonOf(JjwtTokenService service, String token, TokenType expected) {
        try {
            service.verify(token, expected);
        } catch (InvalidTokenException e) {
            return e.reason();
        }
        throw new AssertionError("token was accepted");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String keyIdOf(String token) {
        String header = decode(token.split("\\.")[0]);
        return header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
    }

    @Test
    @Tag("R8.1")
    void accessTokensCarryEveryRequiredClaim() {
        JjwtTokenService service = hmacService(NOW);
        String token = accessToken(service);

        String payload = decode(token.split("\\.")[1]);
        assertThat(payload).contains("\"sub\":", "\"exp\":", "\"iat\":", "\"nbf\":", "\"jti\":", "\"scopes\":",
                "\"token_type\":\"access\"", "\"iss\":\"my-api\"", "\"aud\":", "\"sid\":\"session-1\"");
        TokenClaims verified = service.verify(token, TokenType.ACCESS);
        assertThat(verified.subject()).isEqualTo("01ARZ3NDEKTSV4RRFFQ69G5FAV");
        assertThat(verified.scopes()).containsExactly("order_own");
        assertThat(verified.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
    @Tag("R13.1")
    @Tag("R1.3")
    void algNoneIsRejectedInAnyLetterCase(String alg) {
        JjwtTokenService service = hmacService(NOW);
        String[] parts = accessToken(service).split("\\.");
        String header = b64("{\"alg\":\"" + alg + "\",\"typ\":\"at+jwt\",\"kid\":\"" + keyIdOf(accessToken(service)) + "\"}");

        assertThat(reasonOf(service, header + "." + parts[1] + ".", TokenType.ACCESS)).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
        assertThat(reasonOf(service, header + "." + parts[1] + "." + parts[2], TokenType.ACCESS)).isIn(Reason.ALGORITHM_NOT_ALLOWED, Reason.MALFORMED);
    }

    @Test
    @Tag("R13.2")
    void aHeaderWithoutARecognisableAlgIsRefusedBeforeAnyParsing() {
        JjwtTokenService service = hmacService(NOW);
        String[] parts = accessToken(service).split("\\.");
        String escaped = b64(decode(parts[0]).replace("\"alg\"", "\"\\u0061lg\""));

        assertThat(reasonOf(service, escaped + "." + parts[1] + "." + parts[2], TokenType.ACCESS)).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    @Tag("R13.2")
    @Tag("R1.3")
    void anAlgorithmOtherThanTheConfiguredOneIsRejectedBeforeSignatureVerification() {
        JjwtTokenService service = hmacService(NOW);
        // Validly signed with the right secret, but HS512: refused because of the header alone.
        SecretKey longKey = Keys.hmacShaKeyFor((SECRET.reveal() + SECRET.reveal()).getBytes(StandardCharsets.UTF_8));
        String hs512 = Jwts.builder().header().keyId(keyIdOf(accessToken(service))).type("at+jwt").and()
                .issuer("my-api").audience().add("my-api").and().subject("u").id("j").claim("sid", "s")
                .claim("token_type", "access").issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(longKey, Jwts.SIG.HS512).compact();

        assertThat(reasonOf(service, hs512, TokenType.ACCESS)).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    @Tag("R13.3")
    @Tag("R1.3")
    void anAsymmetricDeploymentRefusesAnHmacTokenSignedWithItsPublicKey() {
        KeyPair pair = Jwts.SIG.ES256.keyPair().build();
        JjwtTokenService service = new JjwtTokenService(
                new JwtKeyRing(JwtAlgorithm.ES256, SigningKey.active(pair.getPrivate(), pair.getPublic()), List.of()),
                "my-api", "my-api", SKEW, Clock.fixed(NOW, ZoneOffset.UTC));
        String genuine = service.issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(5)));
        assertThat(service.verify(genuine, TokenType.ACCESS).subject()).isNotBlank();

        // The classic confusion attack: HS256 keyed with the (public) verification key bytes.
        SecretKey confused = Keys.hmacShaKeyFor(pair.getPublic().getEncoded());
        String forged = Jwts.builder().header().keyId(keyIdOf(genuine)).type("at+jwt").and()
                .issuer("my-api").audience().add("my-api").and().subject("admin").id("j").claim("sid", "s")
                .claim("token_type", "access").issuedAt(Date.from(NOW)).expiration(Date.from(NOW.plusSeconds(60)))
                .signWith(confused, Jwts.SIG.HS256).compact();

        assertThat(reasonOf(service, forged, TokenType.ACCESS)).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    @Tag("R13.3")
    void aKeyRingRefusesKeysOfTheOtherFamily() {
        KeyPair pair = Jwts.SIG.ES256.keyPair().build();
        SecretKey hmac = JwtKeys.hmac(SECRET);

        assertThatThrownBy(() -> new JwtKeyRing(JwtAlgorithm.HS256, SigningKey.active(pair.getPrivate(), pair.getPublic()), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwtKeyRing(JwtAlgorithm.ES256, SigningKey.active(hmac, hmac), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("R13.3")
    void psychicSignaturesNeverVerify() {
        KeyPair pair = Jwts.SIG.ES256.keyPair().build();
        JjwtTokenService service = new JjwtTokenService(
                new JwtKeyRing(JwtAlgorithm.ES256, SigningKey.active(pair.getPrivate(), pair.getPublic()), List.of()),
                "my-api", "my-api", SKEW, Clock.fixed(NOW, ZoneOffset.UTC));
        String[] parts = service.issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(5))).split("\\.");
        String zeroSignature = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);

        assertThat(reasonOf(service, parts[0] + "." + parts[1] + "." + zeroSignature, TokenType.ACCESS))
                .isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void edDsaTokensRoundTrip() throws Exception {
        KeyPair pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        JjwtTokenService service = new JjwtTokenService(
                new JwtKeyRing(JwtAlgorithm.EDDSA, SigningKey.active(pair.getPrivate(), pair.getPublic()), List.of()),
                "my-api", "my-api", SKEW, Clock.fixed(NOW, ZoneOffset.UTC));

        String token = service.issue(claims(TokenType.REFRESH, NOW, Duration.ofHours(1)));

        assertThat(decode(token.split("\\.")[0])).contains("\"alg\":\"EdDSA\"");
        assertThat(service.verify(token, TokenType.REFRESH).type()).isEqualTo(TokenType.REFRESH);
    }

    @Test
    @Tag("R13.4")
    void hmacKeysShorterThan256BitsAreRefused() {
        assertThatThrownBy(() -> JwtKeys.hmac(Secret.of("only-31-characters-long-secret!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256 bits");
        assertThat(JwtKeys.hmac(Secret.of("exactly-32-characters-long-key!!")).getEncoded()).hasSize(32);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        SecretKey other = JwtKeys.hmac(OTHER_SECRET);
        JjwtTokenService foreign = new JjwtTokenService(new JwtKeyRing(JwtAlgorithm.HS256, SigningKey.active(other, other), List.of()),
                "my-api", "my-api", SKEW, Clock.fixed(NOW, ZoneOffset.UTC));
        // Same kid as ours, so the only difference is the signature.
        String[] parts = foreign.issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(5))).split("\\.");
        JjwtTokenService service = hmacService(NOW);
        String ours = accessToken(service);
        String header = b64(decode(parts[0]).replace(keyIdOf(parts[0] + ".x.y"), keyIdOf(ours)));

        assertThat(reasonOf(service, header + "." + parts[1] + "." + parts[2], TokenType.ACCESS)).isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(reasonOf(service, parts[0] + "." + parts[1] + "." + parts[2], TokenType.ACCESS)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        JjwtTokenService service = hmacService(NOW);
        String[] parts = accessToken(service).split("\\.");
        String elevated = b64(decode(parts[1]).replace("\"order_own\"", "\"user_manage\""));

        assertThat(reasonOf(service, parts[0] + "." + elevated + "." + parts[2], TokenType.ACCESS)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jku", "x5u", "jwk", "x5c"})
    void headersThatTryToChooseTheKeyAreRefused(String header) {
        JjwtTokenService service = hmacService(NOW);
        String[] parts = accessToken(service).split("\\.");
        String value = header.equals("jwk") ? "{\"kty\":\"oct\",\"k\":\"AAAA\"}" : header.equals("x5c") ? "[\"AAAA\"]" : "\"https://evil.example/keys\"";
        String injected = b64(decode(parts[0]).replace("}", ",\"" + header + "\":" + value + "}"));

        assertThatThrownBy(() -> service.verify(injected + "." + parts[1] + "." + parts[2], TokenType.ACCESS))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void anUnknownKeyIdSelectsNoKey() {
        JjwtTokenService service = hmacService(NOW);
        String[] parts = accessToken(service).split("\\.");
        String unknownKid = b64(decode(parts[0]).replace(keyIdOf(String.join(".", parts)), "0000000000000000"));

        assertThat(reasonOf(service, unknownKid + "." + parts[1] + "." + parts[2], TokenType.ACCESS)).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    @Tag("R8.2")
    @Tag("R11.1")
    void expiryIsCheckedWithTheConfiguredClockSkew() {
        String token = accessToken(hmacService(NOW));
        Instant expiry = NOW.plus(Duration.ofMinutes(15));

        assertThat(hmacService(expiry.plus(SKEW).minusSeconds(1)).verify(token, TokenType.ACCESS)).isNotNull();
        assertThat(reasonOf(hmacService(expiry.plus(SKEW).plusSeconds(1)), token, TokenType.ACCESS)).isEqualTo(Reason.EXPIRED);
    }

    @Test
    @Tag("R8.2")
    @Tag("R11.1")
    void aTokenIsNotValidBeforeItsNotBefore() {
        String fromTheFuture = hmacService(NOW).issue(claims(TokenType.ACCESS, NOW.plus(Duration.ofMinutes(5)), Duration.ofMinutes(15)));

        assertThat(reasonOf(hmacService(NOW), fromTheFuture, TokenType.ACCESS)).isEqualTo(Reason.NOT_YET_VALID);
        assertThat(hmacService(NOW.plus(Duration.ofMinutes(5))).verify(fromTheFuture, TokenType.ACCESS)).isNotNull();
    }

    @Test
    void refreshAndAccessTokensAreNotInterchangeable() {
        JjwtTokenService service = hmacService(NOW);
        String refresh = service.issue(claims(TokenType.REFRESH, NOW, Duration.ofHours(1)));

        assertThat(reasonOf(service, refresh, TokenType.ACCESS)).isEqualTo(Reason.WRONG_TYPE);
        assertThat(reasonOf(service, accessToken(service), TokenType.REFRESH)).isEqualTo(Reason.WRONG_TYPE);
    }

    @Test
    void foreignIssuerOrAudienceIsRefused() {
        SecretKey key = JwtKeys.hmac(SECRET);
        JwtKeyRing ring = new JwtKeyRing(JwtAlgorithm.HS256, SigningKey.active(key, key), List.of());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        String otherIssuer = new JjwtTokenService(ring, "someone-else", "my-api", SKEW, clock).issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(5)));
        String otherAudience = new JjwtTokenService(ring, "my-api", "another-api", SKEW, clock).issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(5)));

        assertThat(reasonOf(hmacService(NOW), otherIssuer, TokenType.ACCESS)).isEqualTo(Reason.FOREIGN);
        assertThat(reasonOf(hmacService(NOW), otherAudience, TokenType.ACCESS)).isEqualTo(Reason.FOREIGN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b.c", "eyJhbGciOiJIUzI1NiJ9.e30", "....", "eyJhbGciOiJIUzI1NiJ9.%%%.sig"})
    void malformedTokensAreRefusedNotCrashed(String token) {
        assertThatThrownBy(() -> hmacService(NOW).verify(token, TokenType.ACCESS)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void oversizedTokensAreRefusedUnparsed() {
        String huge = "eyJhbGciOiJIUzI1NiJ9." + "A".repeat(JjwtTokenService.MAX_TOKEN_CHARS) + ".sig";

        assertThat(reasonOf(hmacService(NOW), huge, TokenType.ACCESS)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    @Tag("R17.4")
    void aRetiredKeyStillVerifiesUntilItsWindowEndsWhileTheNewKeySigns() {
        SecretKey oldKey = JwtKeys.hmac(OTHER_SECRET);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        String issuedBeforeRotation = new JjwtTokenService(new JwtKeyRing(JwtAlgorithm.HS256, SigningKey.active(oldKey, oldKey), List.of()),
                "my-api", "my-api", SKEW, clock).issue(claims(TokenType.ACCESS, NOW, Duration.ofHours(2)));
        SecretKey newKey = JwtKeys.hmac(SECRET);
        Instant windowEnd = NOW.plus(Duration.ofHours(1));
        JwtKeyRing rotated = new JwtKeyRing(JwtAlgorithm.HS256, SigningKey.active(newKey, newKey),
                List.of(SigningKey.previous(oldKey, windowEnd)));

        JjwtTokenService duringWindow = new JjwtTokenService(rotated, "my-api", "my-api", SKEW, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        assertThat(duringWindow.verify(issuedBeforeRotation, TokenType.ACCESS)).isNotNull();
        String issuedAfterRotation = duringWindow.issue(claims(TokenType.ACCESS, NOW, Duration.ofMinutes(5)));
        assertThat(keyIdOf(issuedAfterRotation)).isEqualTo(rotated.active().keyId()).isNotEqualTo(keyIdOf(issuedBeforeRotation));

        JjwtTokenService afterWindow = new JjwtTokenService(rotated, "my-api", "my-api", SKEW, Clock.fixed(windowEnd.plusSeconds(1), ZoneOffset.UTC));
        assertThat(reasonOf(afterWindow, issuedBeforeRotation, TokenType.ACCESS)).isEqualTo(Reason.BAD_SIGNATURE);
    }
}
