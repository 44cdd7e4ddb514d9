package io.myapi.domain.shared;

/**
 * Raised when a field of an entity breaks an invariant (an empty name, no roles, an expiry in the
 * past). Unlike other domain exceptions, its message states the broken rule in client-safe words
 * and never contains the rejected value, so validation errors may show it.
 */
public final class InvalidFieldException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INVALID_FIELD";

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the offending field, in the API's snake_case
     * @param message a log-only description without personal data
     */
    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /**
     * The offending field.
     *
     * @return its API name
     */
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return CODE;
    }
}
