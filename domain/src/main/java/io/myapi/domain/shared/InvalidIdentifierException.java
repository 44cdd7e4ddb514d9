package io.myapi.domain.shared;

/** Raised when text that should be a ULID is not one. The rejected text is not kept. */
public final class InvalidIdentifierException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INVALID_IDENTIFIER";

    /** Creates the exception; the offending input is deliberately not recorded. */
    public InvalidIdentifierException() {
        super("identifier is not a ULID");
    }

    @Override
    public String code() {
        return CODE;
    }
}
