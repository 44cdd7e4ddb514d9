package io.myapi.infrastructure.token;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.IncorrectClaimException;
import io.jsonwebtoken.JwsHeader;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.MissingClaimException;
import io.jsonwebtoken.PrematureJwtException;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.SecurityException;
import io.myapi.application.identity.InvalidTokenException;
import io.myapi.application.identity.InvalidTokenException.Reason;
import io.myapi.application.identity.port.out.TokenClaims;
import io.myapi.application.identity.port.out.TokenService;
import io.myapi.application.identity.port.out.TokenType;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs and verifies JWTs with jjwt (R8.1-R8.3, R13.1-R13.4).
 *
 * <p>Verification order: size limit; the {@code alg} header against the one configured
 * algorithm, before any signature work (jjwt's algorithm registry holds only that algorithm, and
 * the key locator checks it again), so {@code none} in any letter case and every other algorithm
 * are refused; headers that try to choose a key ({@code jku}, {@code x5u}, {@code jwk},
 * {@code x5c}) are refused outright; the key comes only from our key ring by {@code kid}; then
 * the signature; then {@code exp}/{@code nbf} with the configured clock skew, {@code iss},
 * {@code aud}, {@code typ} and {@code token_type}.
 */
public final class JjwtTokenService implements TokenService {

    /** Largest token accepted; anything longer is refused unparsed. */
    public static final int MAX_TOKEN_CHARS = 4096;

    private static final Pattern ALG_MEMBER = Pattern.compile("\"alg\"\\s*:\\s*\"([^\"]*)\"");

    static final String CLAIM_TOKEN_TYPE = "token_type";
    static final String CLAIM_SCOPES = "scopes";
    static final String CLAIM_SESSION = "sid";

    private final JwtKeyRing keys;
    private final String issuer;
    private final String audience;
    private final Duration clockSkew;
    private final Clock clock;
    /**
     * One parser per token type, built once: building one looks its JSON reader up with a
     * ServiceLoader, which scans the classpath and cost more than the whole verification.
     */
    private final Map<TokenType, JwtParser> parsers = new EnumMap<>(TokenType.class);

    /**
     * Creates the service.
     *
     * @param keys the key ring
     * @param issuer this deployment's {@code iss}
     * @param audience this deployment's {@code aud}
     * @param clockSkew tolerance on {@code exp} and {@code nbf} (R8.2)
     * @param clock time source (R11.1)
     */
    public JjwtTokenService(JwtKeyRing keys, String issuer, String audience, Duration clockSkew, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (TokenType type : TokenType.values()) {
            parsers.put(type, Jwts.parser()
                    .sig().clear().add(signatureAlgorithm()).and()
                    .keyLocator(new RingLocator(type))
                    .requireIssuer(issuer)
                    .requireAudience(audience)
                    .clockSkewSeconds(clockSkew.toSeconds())
                    .clock(() -> Date.from(this.clock.instant()))
                    .build());
        }
    }

    @Override
    public String issue(TokenClaims claims) {
        SigningKey active = keys.active();
        return Jwts.builder()
                .header().keyId(active.keyId()).type(typeHeader(claims.type())).and()
                .issuer(issuer)
                .audience().add(audience).and()
                .subject(claims.subject())
                .id(claims.tokenId())
                .issuedAt(Date.from(claims.issuedAt()))
                .notBefore(Date.from(claims.issuedAt()))
                .expiration(Date.from(claims.expiresAt()))
                .claim(CLAIM_TOKEN_TYPE, claims.type().name().toLowerCase(Locale.ROOT))
                .claim(CLAIM_SESSION, claims.sessionId())
                .claim(CLAIM_SCOPES, claims.scopes().stream().sorted().toList())
                .signWith(Objects.requireNonNull(active.signingKey()), signatureAlgorithm())
                .compact();
    }

    @Override
    public TokenClaims verify(String token, TokenType expected) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException(Reason.MALFORMED);
        }
        rejectForeignAlgorithm(token);
        Claims claims = parse(token, expected);
        String type = claims.get(CLAIM_TOKEN_TYPE, String.class);
        if (!expected.name().toLowerCase(Locale.ROOT).equals(type)) {
            throw new InvalidTokenException(Reason.WRONG_TYPE);
        }
        return new TokenClaims(
                required(claims.getSubject()),
                required(claims.get(CLAIM_SESSION, String.class)),
                required(claims.getId()),
                expected,
                scopesOf(claims.get(CLAIM_SCOPES)),
                requiredTime(claims.getIssuedAt()),
                requiredTime(claims.getExpiration()));
    }

    /**
     * The explicit allow-list check on the raw header, before jjwt does any work (R13.2). jjwt's
     * registry and the key locator check again; this first look only makes the refusal early
     * and its reason precise.
     */
    private void rejectForeignAlgorithm(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw new InvalidTokenException(Reason.MALFORMED);
        }
        String header;
        try {
            header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(Reason.MALFORMED);
        }
        Matcher alg = ALG_MEMBER.matcher(header);
        if (!alg.find() || !keys.algorithm().headerName().equals(alg.group(1))) {
            throw new InvalidTokenException(Reason.ALGORITHM_NOT_ALLOWED);
        }
    }

    private Claims parse(String token, TokenType expected) {
        try {
            return parsers.get(expected).parseSignedClaims(token).getPayload();
        } catch (HeaderRejectedException e) {
            throw new InvalidTokenException(e.reason);
        } catch (ExpiredJwtException e) {
            throw new InvalidTokenException(Reason.EXPIRED);
        } catch (PrematureJwtException e) {
            throw new InvalidTokenException(Reason.NOT_YET_VALID);
        } catch (IncorrectClaimException | MissingClaimException e) {
            throw new InvalidTokenException(Reason.FOREIGN);
        } catch (UnsupportedJwtException e) {
            throw new InvalidTokenException(Reason.ALGORITHM_NOT_ALLOWED);
        } catch (SecurityException e) {
            throw new InvalidTokenException(Reason.BAD_SIGNATURE);
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidTokenException(Reason.MALFORMED);
        }
    }

    @SuppressWarnings("unchecked")
    private <K extends Key> io.jsonwebtoken.security.SecureDigestAlgorithm<K, K> signatureAlgorithm() {
        return (io.jsonwebtoken.security.SecureDigestAlgorithm<K, K>) keys.algorithm().jjwt();
    }

    private static String typeHeader(TokenType type) {
        return type == TokenType.ACCESS ? "at+jwt" : "refresh+jwt";
    }

    private static String required(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidTokenException(Reason.MISSING_CLAIM);
        }
        return value;
    }

    private static Instant requiredTime(Date value) {
        if (value == null) {
            throw new InvalidTokenException(Reason.MISSING_CLAIM);
        }
        return value.toInstant();
    }

    private static Set<String> scopesOf(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        if (!(claim instanceof Collection<?> values)) {
            throw new InvalidTokenException(Reason.MISSING_CLAIM);
        }
        return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** Picks a key from our own ring only, after checking the header. */
    private final class RingLocator extends LocatorAdapter<Key> {

        private static final List<String> KEY_CHOOSING_HEADERS = List.of("jku", "x5u", "jwk", "x5c");

        private final TokenType expected;

        RingLocator(TokenType expected) {
            this.expected = expected;
        }

        @Override
        protected Key locate(JwsHeader header) {
            if (!keys.algorithm().headerName().equals(header.getAlgorithm())) {
                throw new HeaderRejectedException(Reason.ALGORITHM_NOT_ALLOWED);
            }
            if (KEY_CHOOSING_HEADERS.stream().anyMatch(header::containsKey)) {
                throw new HeaderRejectedException(Reason.BAD_SIGNATURE);
            }
            if (!typeHeader(expected).equals(header.getType())) {
                throw new HeaderRejectedException(Reason.WRONG_TYPE);
            }
            String keyId = header.getKeyId();
            SigningKey key = keyId == null ? null : keys.verificationKey(keyId, clock.instant()).orElse(null);
            if (key == null) {
                throw new HeaderRejectedException(Reason.BAD_SIGNATURE);
            }
            return key.verificationKey();
        }
    }

    /** Thrown by the locator; carries the reason out of jjwt. */
    private static final class HeaderRejectedException extends JwtException {

        private static final long serialVersionUID = 1L;

        private final transient Reason reason;

        HeaderRejectedException(Reason reason) {
            super("header rejected: " + reason);
            this.reason = reason;
        }
    }
}
