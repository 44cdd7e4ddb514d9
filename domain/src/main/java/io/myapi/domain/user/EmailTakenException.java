package io.myapi.domain.user;

import io.myapi.domain.shared.DomainException;

/** Raised when an address already has an account. The address is not kept. */
public final class EmailTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "EMAIL_UNAVAILABLE";

    /** Creates the exception. */
    public EmailTakenException() {
        super("an account with this address exists");
    }

    @Override
    public String code() {
        return CODE;
    }
}
