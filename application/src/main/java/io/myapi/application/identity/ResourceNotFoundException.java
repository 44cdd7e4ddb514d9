package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/** Raised when a resource does not exist or the caller may not know that it does. */
public final class ResourceNotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "NOT_FOUND";

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data or secrets
     */
    public ResourceNotFoundException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
