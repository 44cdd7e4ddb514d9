package io.myapi.application.catalogue.service;

import io.myapi.application.catalogue.port.in.GetProductUseCase;
import io.myapi.application.catalogue.port.in.ListProductsByCursorUseCase;
import io.myapi.application.catalogue.port.in.ListProductsQuery;
import io.myapi.application.catalogue.port.in.ListProductsUseCase;
import io.myapi.application.catalogue.port.in.ProductSlice;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.shared.Violations;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductPage;
import io.myapi.domain.catalogue.ProductQuery;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.catalogue.ProductSort;
import io.myapi.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reading the catalogue: one product, filtered pages (v1), cursor pages (v2). */
public final class ProductQueryService implements GetProductUseCase, ListProductsUseCase, ListProductsByCursorUseCase {

    /** Largest v2 page. */
    public static final int MAX_CURSOR_LIMIT = 100;

    private final ProductRepository products;

    /**
     * Creates the service.
     *
     * @param products product storage
     */
    public ProductQueryService(ProductRepository products) {
        this.products = products;
    }

    @Override
    public Product get(String input) {
        Violations violations = new Violations();
        Optional<ProductId> id = violations.check("id", () -> ProductId.parse(input));
        violations.throwIfAny();
        return products.findById(id.orElseThrow()).orElseThrow(() -> new ResourceNotFoundException("no such product"));
    }

    @Override
    public ProductPage list(ListProductsQuery input) {
        Violations violations = new Violations();
        Optional<BigDecimal> min = input.minPrice().flatMap(text -> violations.check("min_price", () -> Money.parseAmount(text, "min_price")));
        Optional<BigDecimal> max = input.maxPrice().flatMap(text -> violations.check("max_price", () -> Money.parseAmount(text, "max_price")));
        Optional<Currency> currency = input.currency().flatMap(code -> violations.check("currency", () -> Money.of("0", code).currency()));
        ProductSort sort = input.sort().flatMap(text -> violations.check("sort", () -> ProductSort.parse(text)))
                .orElse(ProductSort.CREATED_AT_ASC);
        Optional<String> text = input.text().map(String::strip).filter(t -> !t.isEmpty());
        violations.throwIfAny();
        Optional<ProductQuery> query = violations.check("", () -> new ProductQuery(text, min, max, currency, sort, input.skip(), input.limit()));
        violations.throwIfAny();
        return products.search(query.orElseThrow());
    }

    @Override
    public ProductSlice list(Optional<String> cursor, int limit) {
        Violations violations = new Violations();
        Optional<ProductId> after = cursor.flatMap(text -> violations.check("cursor", () -> ProductId.parse(text)));
        if (limit < 1 || limit > MAX_CURSOR_LIMIT) {
            violations.add("limit", "range", "must be 1 to " + MAX_CURSOR_LIMIT);
        }
        violations.throwIfAny();
        List<Product> page = products.listAfter(after, limit + 1);
        boolean more = page.size() > limit;
        List<Product> items = more ? page.subList(0, limit) : page;
        return new ProductSlice(items, more ? Optional.of(items.get(items.size() - 1).id().toString()) : Optional.empty());
    }
}
