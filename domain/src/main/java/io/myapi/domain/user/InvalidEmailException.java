package io.myapi.domain.user;

import io.myapi.domain.shared.DomainException;

/** Raised when text is not a usable email address. The rejected text is not kept. */
public final class InvalidEmailException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INVALID_EMAIL";

    /** Creates the exception. */
    public InvalidEmailException() {
        super("email address is not valid");
    }

    @Override
    public String code() {
        return CODE;
    }
}
