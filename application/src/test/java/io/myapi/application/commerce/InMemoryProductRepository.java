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
public final class InMemoryProductRepository implements ProductRepository {

    private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
    /** Conflicts to raise on the next saves, to stage lost races. */
    public int conflictsToRaise;

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
        java.util.Set<String> skus = new java.util.HashSet<>();
        for (Product product : batch) {
            boolean taken = !skus.add(product.sku().value())
                    || products.values().stream().anyMatch(p -> p.sku().equals(product.sku()));
            if (taken) {
                throw new SkuTakenException();
            }
        }
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
                .filter(p -> query.text().map(t -> contains(p.name(), t) || contains(p.description(), t)).orElse(true))
                .filter(p -> query.minPrice().map(min -> p.price().amount().compareTo(min) >= 0).orElse(true))
                .filter(p -> query.maxPrice().map(max -> p.price().amount().compareTo(max) <= 0).orElse(true))
                .filter(p -> query.currency().map(c -> p.price().currency().equals(c)).orElse(true))
                .sorted(order(query.sort()).thenComparing(p -> p.id().toString())).toList();
        return new ProductPage(matching.stream().skip(query.skip()).limit(query.limit()).toList(), matching.size(), query.skip(),
                query.limit());
    }

    private static boolean contains(String text, String wanted) {
        return text.toLowerCase(java.util.Locale.ROOT).contains(wanted.toLowerCase(java.util.Locale.ROOT));
    }

    private static Comparator<Product> order(io.myapi.domain.catalogue.ProductSort sort) {
        return switch (sort) {
            case CREATED_AT_ASC -> Comparator.comparing(Product::createdAt);
            case CREATED_AT_DESC -> Comparator.comparing(Product::createdAt).reversed();
            case NAME_ASC -> Comparator.comparing(Product::name);
            case NAME_DESC -> Comparator.comparing(Product::name).reversed();
            case PRICE_ASC -> Comparator.comparing((Product p) -> p.price().amount());
            case PRICE_DESC -> Comparator.comparing((Product p) -> p.price().amount()).reversed();
        };
    }

    @Override
    public List<Product> listAfter(Optional<ProductId> after, int limit) {
        return products.values().stream().filter(p -> !p.deleted())
                .filter(p -> after.map(a -> p.id().toString().compareTo(a.toString()) > 0).orElse(true))
                .sorted(Comparator.comparing(p -> p.id().toString())).limit(limit).toList();
    }

    /**
     * Rows kept, deleted ones included.
     *
     * @return the count
     */
    public int storedCount() {
        return products.size();
    }
}
