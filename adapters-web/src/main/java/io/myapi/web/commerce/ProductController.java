package io.myapi.web.commerce;

import io.myapi.application.catalogue.port.in.BulkCreateProductsCommand;
import io.myapi.application.catalogue.port.in.BulkCreateProductsUseCase;
import io.myapi.application.catalogue.port.in.CreateProductCommand;
import io.myapi.application.catalogue.port.in.CreateProductUseCase;
import io.myapi.application.catalogue.port.in.DeleteProductCommand;
import io.myapi.application.catalogue.port.in.DeleteProductUseCase;
import io.myapi.application.catalogue.port.in.GetProductUseCase;
import io.myapi.application.catalogue.port.in.ListProductsQuery;
import io.myapi.application.catalogue.port.in.ListProductsUseCase;
import io.myapi.application.catalogue.port.in.UpdateProductCommand;
import io.myapi.application.catalogue.port.in.UpdateProductUseCase;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.web.commerce.CommerceResponses.ProductBody;
import io.myapi.web.commerce.CommerceResponses.ProductListBody;
import io.myapi.web.commerce.CommerceResponses.ProductPageBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/products}: the catalogue. The v1 list is deprecated in favour of {@code /api/v2/products}. */
@RestController
@RequestMapping(path = "/api/v1/products", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProductController {

    /** {@code Deprecation} of the v1 list (RFC 9745): deprecated since 2026-12-01. */
    static final String DEPRECATION = "@1796083200";
    /** {@code Sunset} of the v1 list (RFC 8594). */
    static final String SUNSET = "Wed, 30 Jun 2027 00:00:00 GMT";
    /** {@code Link} to the successor. */
    static final String SUCCESSOR = "</api/v2/products>; rel=\"successor-version\"";

    private final CreateProductUseCase create;
    private final BulkCreateProductsUseCase bulkCreate;
    private final UpdateProductUseCase update;
    private final DeleteProductUseCase delete;
    private final GetProductUseCase get;
    private final ListProductsUseCase list;

    /**
     * Creates the controller.
     *
     * @param create product creation
     * @param bulkCreate bulk creation
     * @param update partial update
     * @param delete soft delete
     * @param get one product
     * @param list filtered pages
     */
    public ProductController(CreateProductUseCase create, BulkCreateProductsUseCase bulkCreate, UpdateProductUseCase update,
            DeleteProductUseCase delete, GetProductUseCase get, ListProductsUseCase list) {
        this.create = create;
        this.bulkCreate = bulkCreate;
        this.update = update;
        this.delete = delete;
        this.get = get;
        this.list = list;
    }

    @GetMapping
    ResponseEntity<ProductPageBody> list(@AuthenticationPrincipal Caller caller,
            @RequestParam(name = "q", required = false) @Size(max = 100) @Nullable String q,
            @RequestParam(name = "min_price", required = false) @Size(max = 32) @Nullable String minPrice,
            @RequestParam(name = "max_price", required = false) @Size(max = 32) @Nullable String maxPrice,
            @RequestParam(name = "currency", required = false) @Size(max = 3) @Nullable String currency,
            @RequestParam(name = "sort", required = false) @Size(max = 16) @Nullable String sort,
            @RequestParam(name = "skip", defaultValue = "0") int skip,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        ProductPageBody page = ProductPageBody.from(list.list(new ListProductsQuery(caller, Optional.ofNullable(q),
                Optional.ofNullable(minPrice), Optional.ofNullable(maxPrice), Optional.ofNullable(currency),
                Optional.ofNullable(sort), skip, limit)));
        return ResponseEntity.ok()
                .header("Deprecation", DEPRECATION)
                .header("Sunset", SUNSET)
                .header("Link", SUCCESSOR)
                .body(page);
    }

    @GetMapping("/{id}")
    ProductBody get(@PathVariable("id") @Size(max = 64) String id) {
        return ProductBody.from(get.get(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProductBody> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CommerceRequests.CreateProduct body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ProductBody.from(create.create(new CreateProductCommand(caller, body.toDraft()))));
    }

    @PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProductListBody> bulkCreate(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CommerceRequests.BulkCreate body) {
        var created = bulkCreate.createAll(new BulkCreateProductsCommand(caller,
                body.items().stream().map(CommerceRequests.CreateProduct::toDraft).toList()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new ProductListBody(created.stream().map(ProductBody::from).toList()));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProductBody update(@AuthenticationPrincipal Caller caller, @PathVariable("id") @Size(max = 64) String id,
            @Valid @RequestBody CommerceRequests.UpdateProduct body) {
        Optional<CommerceRequests.MoneyBody> price = Optional.ofNullable(body.price());
        return ProductBody.from(update.update(new UpdateProductCommand(caller, id, Optional.ofNullable(body.name()),
                Optional.ofNullable(body.description()), price.map(CommerceRequests.MoneyBody::amount),
                price.map(CommerceRequests.MoneyBody::currency), Optional.ofNullable(body.stock()))));
    }

    /** Soft delete: the product disappears from every listing and lookup, its row stays. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable("id") @Size(max = 64) String id) {
        delete.delete(new DeleteProductCommand(caller, id));
        return ResponseEntity.noContent().build();
    }
}
