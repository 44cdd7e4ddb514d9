package io.myapi.application.catalogue.port.in;

import io.myapi.domain.catalogue.Product;

/** Changes some fields of a product (managers). */
public interface UpdateProductUseCase {

    /**
     * Changes some fields of a product (managers).
     *
     * @param input the input
     * @return the product
     */
    Product update(UpdateProductCommand input);
}
