package io.myapi.domain.shared;

/** Raised when amounts of different currencies meet in one sum. */
public final class CurrencyMismatchException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "CURRENCY_MISMATCH";

    /** Creates the exception. */
    public CurrencyMismatchException() {
        super("amounts of different currencies cannot be combined");
    }

    @Override
    public String code() {
        return CODE;
    }
}
