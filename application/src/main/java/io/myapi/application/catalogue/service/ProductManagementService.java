package io.myapi.application.catalogue.service;

import io.myapi.application.catalogue.port.in.BulkCreateProductsCommand;
import io.myapi.application.catalogue.port.in.BulkCreateProductsUseCase;
import io.myapi.application.catalogue.port.in.CreateProductCommand;
import io.myapi.application.catalogue.port.in.CreateProductUseCase;
import io.myapi.application.catalogue.port.in.DeleteProductCommand;
import io.myapi.application.catalogue.port.in.DeleteProductUseCase;
import io.myapi.application.catalogue.port.in.ProductDraft;
import io.myapi.application.catalogue.port.in.UpdateProductCommand;
import io.myapi.application.catalogue.port.in.UpdateProductUseCase;
import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.identity.port.in.Caller;
import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.shared.TransactionRunner;
import io.myapi.application.shared.UseCaseLog;
import io.myapi.application.shared.Violations;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.catalogue.Sku;
import io.myapi.domain.shared.Money;
import io.myapi.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Catalogue changes by managers: create, bulk create, update, soft delete. Each checks the
 * permission itself (R12.4), validates every field before failing (R5.2) and runs in one
 * transaction (R5.3).
 */
public final class ProductManagementService implements CreateProductUseCase, BulkCreateProductsUseCase, UpdateProductUseCase,
        DeleteProductUseCase {

    private final ProductRepository products;
    private final IdGenerator ids;
    private final TransactionRunner transactions;
    private final UseCaseLog log;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param products product storage
     * @param ids identifier source (client-side ULIDs make batch inserts possible)
     * @param transactions transaction boundary
     * @param log structured use-case log
     * @param clock time source
     */
    public ProductManagementService(ProductRepository products, IdGenerator ids, TransactionRunner transactions, UseCaseLog log,
            Clock clock) {
        this.products = products;
        this.ids = ids;
        this.transactions = transactions;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public Product create(CreateProductCommand input) {
        requireWriter(input.caller());
        Violations violations = new Violations();
        Optional<Product> product = toProduct(input.draft(), violations, clock.instant());
        violations.throwIfAny();
        Product created = product.orElseThrow();
        transactions.inTransaction(() -> {
            products.save(created);
            return created;
        });
        log.info("create_product", input.caller().userId().toString(), Map.of("product_id", created.id().toString()), "product created");
        return created;
    }

    @Override
    public List<Product> createAll(BulkCreateProductsCommand input) {
        requireWriter(input.caller());
        Violations violations = new Violations();
        if (input.drafts().isEmpty() || input.drafts().size() > BulkCreateProductsCommand.MAX_ITEMS) {
            violations.add("items", "size", "must hold 1 to " + BulkCreateProductsCommand.MAX_ITEMS + " products");
            violations.throwIfAny();
        }
        Instant now = clock.instant();
        List<Product> created = new ArrayList<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < input.drafts().size(); i++) {
            Violations item = violations.nested("items[" + i + "].");
            Optional<Product> product = toProduct(input.drafts().get(i), item, now);
            product.ifPresent(p -> {
                if (!skus.add(p.sku().value())) {
                    item.add("sku", "duplicate", "appears twice in this request");
                }
                created.add(p);
            });
        }
        violations.throwIfAny();
        transactions.inTransaction(() -> {
            products.insertAll(created);
            return created;
        });
        log.info("bulk_create_products", input.caller().userId().toString(), Map.of("count", Integer.toString(created.size())),
                "products created");
        return List.copyOf(created);
    }

    @Override
    public Product update(UpdateProductCommand input) {
        requireWriter(input.caller());
        Violations violations = new Violations();
        Optional<ProductId> id = violations.check("id", () -> ProductId.parse(input.productId()));
        Optional<String> name = input.name().flatMap(text -> violations.check("name", () -> Product.validName(text)));
        Optional<String> description = input.description()
                .flatMap(text -> violations.check("description", () -> Product.validDescription(text)));
        Optional<Integer> stock = input.stock().flatMap(units -> violations.check("stock", () -> Product.validStock(units)));
        Optional<Money> price = Optional.empty();
        if (input.priceAmount().isPresent() != input.priceCurrency().isPresent()) {
            violations.add("price", "incomplete", "needs both amount and currency");
        } else if (input.priceAmount().isPresent()) {
            price = violations.check("price.", () -> Money.of(input.priceAmount().get(), input.priceCurrency().get()));
        }
        violations.throwIfAny();
        Optional<Money> newPrice = price;
        Product updated = transactions.inTransaction(() -> {
            Product product = products.findById(id.orElseThrow()).orElseThrow(() -> new ResourceNotFoundException("no such product"));
            Instant now = clock.instant();
            name.ifPresent(value -> product.rename(value, now));
            description.ifPresent(value -> product.describe(value, now));
            stock.ifPresent(value -> product.restockTo(value, now));
            newPrice.ifPresent(value -> product.reprice(value, now));
            products.save(product);
            return product;
        });
        log.info("update_product", input.caller().userId().toString(), Map.of("product_id", updated.id().toString()), "product updated");
        return updated;
    }

    @Override
    public void delete(DeleteProductCommand input) {
        requireWriter(input.caller());
        Violations violations = new Violations();
        Optional<ProductId> id = violations.check("id", () -> ProductId.parse(input.productId()));
        violations.throwIfAny();
        transactions.inTransaction(() -> {
            Product product = products.findById(id.orElseThrow()).orElseThrow(() -> new ResourceNotFoundException("no such product"));
            product.delete(clock.instant());
            products.save(product);
            return product;
        });
        log.info("delete_product", input.caller().userId().toString(), Map.of("product_id", input.productId()), "product soft-deleted");
    }

    private Optional<Product> toProduct(ProductDraft draft, Violations violations, Instant now) {
        Optional<Sku> sku = violations.check("sku", () -> new Sku(draft.sku()));
        Optional<String> name = violations.check("name", () -> Product.validName(draft.name()));
        Optional<String> description = violations.check("description", () -> Product.validDescription(draft.description()));
        Optional<Money> price = violations.check("price.", () -> Money.of(draft.priceAmount(), draft.priceCurrency()));
        Optional<Integer> stock = violations.check("stock", () -> Product.validStock(draft.stock()));
        if (sku.isEmpty() || name.isEmpty() || description.isEmpty() || price.isEmpty() || stock.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Product.create(new ProductId(ids.next()), sku.get(), name.get(), description.get(), price.get(),
                stock.get(), now));
    }

    private static void requireWriter(Caller caller) {
        if (!caller.permissions().contains(Permission.PRODUCT_WRITE)) {
            throw new PermissionDeniedException("needs " + Permission.PRODUCT_WRITE);
        }
    }
}
