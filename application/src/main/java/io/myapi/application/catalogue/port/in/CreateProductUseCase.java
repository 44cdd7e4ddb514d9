package io.myapi.application.catalogue.port.in;

import io.myapi.domain.catalogue.Product;

/** Creates a product (managers). */
public interface CreateProductUseCase {

    /**
     * Creates a product (managers).
     *
     * @param input the input
     * @return the product
     */
    Product create(CreateProductCommand input);
}
