package io.myapi.application.identity.port.out;

/** Signs and verifies tokens (JWT in production; R8, R13). */
public interface TokenService {

    /**
     * Signs claims with the active key.
     *
     * @param claims what the token says
     * @return the compact token
     */
    String issue(TokenClaims claims);

    /**
     * Verifies a token: algorithm allow-list first, then signature, then time, issuer,
     * audience and type.
     *
     * @param token the compact token as received
     * @param expected the type the caller needs
     * @return the verified claims
     * @throws io.myapi.application.identity.InvalidTokenException if anything is wrong
     */
    TokenClaims verify(String token, TokenType expected);
}
