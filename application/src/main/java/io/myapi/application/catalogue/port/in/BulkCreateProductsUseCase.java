package io.myapi.application.catalogue.port.in;

import io.myapi.domain.catalogue.Product;
import java.util.List;

/** Creates up to 1000 products in one batch, all or nothing (managers). */
public interface BulkCreateProductsUseCase {

    /**
     * Creates up to 1000 products in one batch, all or nothing (managers).
     *
     * @param input the input
     * @return the products
     */
    List<Product> createAll(BulkCreateProductsCommand input);
}
