package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/** Raised when an account under a forced password reset tries anything but changing its password (R18.6). */
public final class PasswordResetRequiredException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "PASSWORD_RESET_REQUIRED";

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data or secrets
     */
    public PasswordResetRequiredException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
