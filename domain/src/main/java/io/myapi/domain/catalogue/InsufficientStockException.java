package io.myapi.domain.catalogue;

import io.myapi.domain.shared.DomainException;

/** Raised when an order asks for more units than a product has in stock. */
public final class InsufficientStockException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Code reported to clients. */
    public static final String CODE = "INSUFFICIENT_STOCK";

    private final transient ProductId productId;

    /**
     * Creates the exception.
     *
     * @param productId the product short of stock
     */
    public InsufficientStockException(ProductId productId) {
        super("not enough stock for product " + productId);
        this.productId = productId;
    }

    /**
     * The product short of stock.
     *
     * @return its id
     */
    public ProductId productId() {
        return productId;
    }

    @Override
    public String code() {
        return CODE;
    }
}
