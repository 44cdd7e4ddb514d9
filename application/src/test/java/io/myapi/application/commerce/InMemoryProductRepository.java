package io.myapi.application.commerce;

import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductPage;
import io.myapi.domain.catalogue.ProductQuery;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.catalogue.SkuTakenException;
import io.myapi.domain.shared.ConcurrentUpdateException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Products in a map (R11.4): copies in and out, versions checked, deleted ones hidden. */
final class InMemoryProductRepository implements ProductRepository {

    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
    /** Conflicts to raise on the next saves, to stage lost races. */
    int conflictsToRaise;

    private static Product copy(Product p, long version) {
        return new Product(p.id(), p.sku(), p.name(), p.description(), p.price(), p.stock(), p.deleted(), p.createdAt(), p.updatedAt(),
                version);
    }

    @Override
    public synchronized void save(Product product) {
        if (conflictsToRaise > 0) {
            conflictsToRaise--;
            throw new ConcurrentUpdateException(new IllegalStateException("staged conflict"));
        }
        Product stored = products.get(product.id());
        if (stored != null && stored.version() != product.version()) {
            throw new ConcurrentUpdateException(new IllegalStateException("stale product"));
        }
        if (products.values().stream().anyMatch(p -> p.sku().equals(product.sku()) && !p.id().equals(product.id()))) {
            throw new SkuTakenException();
        }
        products.put(product.id(), copy(product, stored == null ? 0 : product.version() + 1));
    }

    @Override
    public synchronized void insertAll(List<Product> batch) {
        batch.forEach(this::save);
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return Optional.ofNullable(products.get(id)).filter(p -> !p.deleted()).map(p -> copy(p, p.version()));
    }

    @Override
    public List<Product> findAllById(Collection<ProductId> ids) {
        return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
    }

    @Override
    public ProductPage search(ProductQuery query) {
        List<Product> matching = products.values().stream().filter(p -> !p.deleted())
                .sorted(Comparator.comparing(Product::createdAt)).toList();
        return new ProductPage(matching.stream().skip(query.skip()).limit(query.limit()).toList(), matching.size(), query.skip(),
                query.limit());
    }

    @Override
    public List<Product> listAfter(Optional<ProductId> after, int limit) {
        return products.values().stream().filter(p -> !p.deleted())
                .filter(p -> after.map(a -> p.id().toString().compareTo(a.toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(p -> p.id().toString())).limit(limit).toList();
    }

    int storedCount() {
        return products.size();
    }
}
