package io.myapi.domain.catalogue;

import io.myapi.domain.shared.DomainException;

/** Raised when a SKU already belongs to another product. */
public final class SkuTakenException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "SKU_TAKEN";

    /** Creates the exception. */
    public SkuTakenException() {
        super("the SKU belongs to another product");
    }

    @Override
    public String code() {
        return CODE;
    }
}
