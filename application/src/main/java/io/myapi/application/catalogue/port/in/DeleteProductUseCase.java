package io.myapi.application.catalogue.port.in;

/** Soft-deletes a product (managers). */
public interface DeleteProductUseCase {

    /**
     * Soft-deletes a product (managers).
     *
     * @param input the input
     */
    void delete(DeleteProductCommand input);
}
