package io.myapi.application.catalogue.port.in;

import io.myapi.application.identity.port.in.Caller;
import java.util.List;

/**
 * Input of a bulk creation: all or nothing.
 *
 * @param caller a manager
 * @param drafts 1 to {@value #MAX_ITEMS} products
 */
public record BulkCreateProductsCommand(Caller caller, List<ProductDraft> drafts) {

    /** Most products in one bulk request. */
    public static final int MAX_ITEMS = 1000;

    /**
     * Copies the drafts.
     *
     * @param caller a manager
     * @param drafts the products
     */
    public BulkCreateProductsCommand {
        drafts = List.copyOf(drafts);
    }
}
