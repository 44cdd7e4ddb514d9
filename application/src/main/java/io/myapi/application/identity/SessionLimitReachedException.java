package io.myapi.application.identity;

import io.myapi.domain.shared.DomainException;

/** Raised when the concurrent-session policy is deny and the user already has an active session (R28.6). */
public final class SessionLimitReachedException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "SESSION_LIMIT_REACHED";

    /**
     * Creates the exception.
     *
     * @param message a log-only description without personal data or secrets
     */
    public SessionLimitReachedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
