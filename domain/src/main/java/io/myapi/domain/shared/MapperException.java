package io.myapi.domain.shared;

/**
 * Raised when stored or received data cannot be turned into a domain object (R5.5): the data is
 * corrupt or from an incompatible version. Answered as an internal error; the log has the cause.
 */
public final class MapperException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INTERNAL_ERROR";

    /**
     * Creates the exception.
     *
     * @param what the kind of object, such as {@code product}
     * @param cause what went wrong
     */
    public MapperException(String what, Throwable cause) {
        super("cannot map " + what, cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
