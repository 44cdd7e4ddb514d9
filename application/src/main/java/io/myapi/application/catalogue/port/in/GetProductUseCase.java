package io.myapi.application.catalogue.port.in;

import io.myapi.domain.catalogue.Product;

/** Reads a visible product by id. */
public interface GetProductUseCase {

    /**
     * Reads a visible product by id.
     *
     * @param input the input
     * @return the product
     */
    Product get(String input);
}
