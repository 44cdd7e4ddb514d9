package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/** Raised by a use case when the caller lacks the permission it needs (function-level check, R12.4). */
public final class PermissionDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "ACCESS_DENIED";

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data or secrets
     */
    public PermissionDeniedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
