package io.myapi.domain.shared;

/** Raised when an entity changed between being read and being saved (optimistic locking). */
public final class ConcurrentUpdateException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "CONFLICT";

    /**
     * Creates the exception.
     *
     * @param cause the storage layer's report
     */
    public ConcurrentUpdateException(Throwable cause) {
        super("concurrent update", cause);
    }

    @Override
    public String code() {
        return CODE;
    }
}
