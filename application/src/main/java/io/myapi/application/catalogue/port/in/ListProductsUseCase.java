package io.myapi.application.catalogue.port.in;

import io.myapi.domain.catalogue.ProductPage;

/** Lists visible products with filters, sort and skip/limit paging. */
public interface ListProductsUseCase {

    /**
     * Lists visible products with filters, sort and skip/limit paging.
     *
     * @param input the input
     * @return the page
     */
    ProductPage list(ListProductsQuery input);
}
