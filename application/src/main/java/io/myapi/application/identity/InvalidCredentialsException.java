package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/** Raised when an email and password do not match an account; the same for an unknown email and a wrong password. */
public final class InvalidCredentialsException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INVALID_CREDENTIALS";

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data or secrets
     */
    public InvalidCredentialsException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
