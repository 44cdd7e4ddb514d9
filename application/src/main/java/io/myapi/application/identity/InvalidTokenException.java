package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/**
 * Raised when a bearer token, refresh token or API key is not acceptable. Clients always see
 * the same answer; the {@link Reason} is for the security log.
 */
public final class InvalidTokenException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INVALID_TOKEN";

    /** Why a token was refused. */
    public enum Reason {
        /** Not a parsable token, or too large. */
        MALFORMED,
        /** Algorithm not on the allow-list (including {@code none}). */
        ALGORITHM_NOT_ALLOWED,
        /** Signature does not verify, or the key id is unknown. */
        BAD_SIGNATURE,
        /** Past {@code exp}. */
        EXPIRED,
        /** Before {@code nbf}. */
        NOT_YET_VALID,
        /** Wrong issuer or audience. */
        FOREIGN,
        /** An access token used as a refresh token or the reverse. */
        WRONG_TYPE,
        /** A required claim is missing or malformed. */
        MISSING_CLAIM,
        /** The session behind the token ended (logout, expiry, revocation). */
        SESSION_ENDED,
        /** A refresh token was presented a second time. */
        REUSED,
        /** An API key is unknown, revoked, expired or idle too long. */
        UNKNOWN_KEY
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why the token was refused
     */
    public InvalidTokenException(Reason reason) {
        super("token refused: " + reason);
        this.reason = reason;
    }

    /**
     * Why the token was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    @Override
    public String code() {
        return CODE;
    }
}
