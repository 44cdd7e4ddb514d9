package io.myapi.infrastructure.token;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.SecureDigestAlgorithm;
import java.security.Key;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import javax.crypto.SecretKey;

/**
 * The algorithms a deployment may choose, one of them per deployment (R1.3, R13.2, R13.3).
 * RS256 is absent on purpose (ASVS lists RSA PKCS#1 v1.5 as disallowed), and so is {@code none}.
 */
public enum JwtAlgorithm {
    /** HMAC-SHA256 with a key of at least 256 bits (R13.4). */
    HS256("HS256", Jwts.SIG.HS256, SecretKey.class),
    /** ECDSA P-256 with SHA-256. */
    ES256("ES256", Jwts.SIG.ES256, ECPublicKey.class),
    /** Ed25519. */
    EDDSA("EdDSA", Jwts.SIG.EdDSA, EdECPublicKey.class);

    private final String headerName;
    private final SecureDigestAlgorithm<?, ?> jjwt;
    private final Class<? extends Key> verificationKeyType;

    JwtAlgorithm(String headerName, SecureDigestAlgorithm<?, ?> jjwt, Class<? extends Key> verificationKeyType) {
        this.headerName = headerName;
        this.jjwt = jjwt;
        this.verificationKeyType = verificationKeyType;
    }

    /**
     * The {@code alg} header value.
     *
     * @return the JOSE name
     */
    public String headerName() {
        return headerName;
    }

    /**
     * jjwt's implementation.
     *
     * @return the algorithm
     */
    SecureDigestAlgorithm<?, ?> jjwt() {
        return jjwt;
    }

    /**
     * Whether a verification key has the type this algorithm needs (R13.3): an HMAC deployment
     * never verifies with a public key, an ECDSA deployment never with an HMAC secret.
     *
     * @param key the key
     * @return {@code true} if the key fits
     */
    public boolean fits(Key key) {
        return verificationKeyType.isInstance(key);
    }

    /**
     * Whether the algorithm is symmetric.
     *
     * @return {@code true} for HS256
     */
    public boolean symmetric() {
        return this == HS256;
    }
}
