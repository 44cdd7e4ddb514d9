package io.myapi.domain.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where products live. Deleted products are invisible to every method but {@link #save}. */
public interface ProductRepository {

    /**
     * Inserts or updates.
     *
     * @param product the product
     * @throws io.myapi.domain.shared.ConcurrentUpdateException if it changed since it was read
     * @throws SkuTakenException if another product has the SKU
     */
    void save(Product product);

    /**
     * Inserts many new products in as few round trips as possible.
     *
     * @param products new products
     * @throws SkuTakenException if a SKU is taken
     */
    void insertAll(List<Product> products);

    /**
     * Looks a visible product up.
     *
     * @param id identifier
     * @return the product, unless absent or deleted
     */
    Optional<Product> findById(ProductId id);

    /**
     * Looks visible products up.
     *
     * @param ids identifiers
     * @return those found, in no order
     */
    List<Product> findAllById(Collection<ProductId> ids);

    /**
     * A filtered, sorted page.
     *
     * @param query filters, sort and page
     * @return the page
     */
    ProductPage search(ProductQuery query);

    /**
     * The products after a cursor, in id order (the v2 listing).
     *
     * @param after the last id of the previous page, if any
     * @param limit most rows
     * @return the products
     */
    List<Product> listAfter(Optional<ProductId> after, int limit);
}
