package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/** Raised when every password-hashing slot is busy: the caller should retry later (answered 503 with Retry-After). */
public final class HashingCapacityExceededException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "AUTH_CAPACITY_EXCEEDED";

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data or secrets
     */
    public HashingCapacityExceededException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
