package io.myapi.infrastructure.persistence.catalogue;

import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductPage;
import io.myapi.domain.catalogue.ProductQuery;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.catalogue.SkuTakenException;
import io.myapi.domain.shared.ConcurrentUpdateException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ProductRepository} on JPA. Filters are Criteria API predicates with bound parameters,
 * never concatenated text (R6.2); bulk inserts go out in JDBC batches (R6.5).
 */
public class ProductPersistenceAdapter implements ProductRepository {

    private static final char LIKE_ESCAPE = '\\';

    private final SpringDataProductRepository rows;
    private final EntityManager entityManager;

    ProductPersistenceAdapter(SpringDataProductRepository rows, EntityManager entityManager) {
        this.rows = rows;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void save(Product product) {
        ProductJpaEntity row = rows.findById(product.id().toString()).orElseGet(ProductJpaEntity::new);
        if (row.version != null && row.version != product.version()) {
            throw new ConcurrentUpdateException(new IllegalStateException("product changed since it was read"));
        }
        ProductPersistenceMapper.copy(product, row);
        try {
            rows.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            throw translated(e);
        }
    }

    @Override
    @Transactional
    public void insertAll(List<Product> products) {
        List<ProductJpaEntity> batch = new ArrayList<>(products.size());
        for (Product product : products) {
            ProductJpaEntity row = new ProductJpaEntity();
            ProductPersistenceMapper.copy(product, row);
            batch.add(row);
        }
        try {
            rows.saveAll(batch);
            rows.flush();
        } catch (DataIntegrityViolationException e) {
            throw translated(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Product> findById(ProductId id) {
        return rows.findById(id.toString()).map(ProductPersistenceMapper::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Product> findAllById(Collection<ProductId> ids) {
        return rows.findAllById(ids.stream().map(ProductId::toString).toList()).stream()
                .map(ProductPersistenceMapper::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ProductPage search(ProductQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ProductJpaEntity> select = cb.createQuery(ProductJpaEntity.class);
        Root<ProductJpaEntity> product = select.from(ProductJpaEntity.class);
        select.where(filters(query, cb, product)).orderBy(order(query, cb, product));
        List<Product> items = entityManager.createQuery(select)
                .setFirstResult(query.skip())
                .setMaxResults(query.limit())
                .getResultList().stream()
                .map(ProductPersistenceMapper::toDomain)
                .toList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<ProductJpaEntity> counted = count.from(ProductJpaEntity.class);
        count.select(cb.count(counted)).where(filters(query, cb, counted));
        return new ProductPage(items, entityManager.createQuery(count).getSingleResult(), query.skip(), query.limit());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Product> listAfter(Optional<ProductId> after, int limit) {
        List<ProductJpaEntity> page = after
                .map(id -> rows.findByIdGreaterThanOrderByIdAsc(id.toString(), Limit.of(limit)))
                .orElseGet(() -> rows.findAllByOrderByIdAsc(Limit.of(limit)));
        return page.stream().map(ProductPersistenceMapper::toDomain).toList();
    }

    private static Predicate[] filters(ProductQuery query, CriteriaBuilder cb, Root<ProductJpaEntity> product) {
        List<Predicate> predicates = new ArrayList<>();
        query.text().ifPresent(text -> {
            String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.or(
                    cb.like(cb.lower(product.get("name")), pattern, LIKE_ESCAPE),
                    cb.like(cb.lower(product.get("description")), pattern, LIKE_ESCAPE)));
        });
        query.minPrice().ifPresent(min -> predicates.add(cb.greaterThanOrEqualTo(product.get("priceAmount"), min)));
        query.maxPrice().ifPresent(max -> predicates.add(cb.lessThanOrEqualTo(product.get("priceAmount"), max)));
        query.currency().ifPresent(currency -> predicates.add(cb.equal(product.get("priceCurrency"), currency.getCurrencyCode())));
        return predicates.toArray(Predicate[]::new);
    }

    private static List<Order> order(ProductQuery query, CriteriaBuilder cb, Root<ProductJpaEntity> product) {
        Order primary = switch (query.sort()) {
            case CREATED_AT_ASC -> cb.asc(product.get("createdAt"));
            case CREATED_AT_DESC -> cb.desc(product.get("createdAt"));
            case NAME_ASC -> cb.asc(product.get("name"));
            case NAME_DESC -> cb.desc(product.get("name"));
            case PRICE_ASC -> cb.asc(product.get("priceAmount"));
            case PRICE_DESC -> cb.desc(product.get("priceAmount"));
        };
        return List.of(primary, cb.asc(product.get("id")));
    }

    /** A taken SKU is the client's problem (409); any other constraint failing is ours and stays a database error. */
    private static RuntimeException translated(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uq_products_sku") ? new SkuTakenException() : e;
    }

    /** The client's text matches literally: {@code %} and {@code _} are not wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
