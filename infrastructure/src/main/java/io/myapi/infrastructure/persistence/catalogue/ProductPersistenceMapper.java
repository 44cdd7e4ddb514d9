package io.myapi.infrastructure.persistence.catalogue;

import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.Sku;
import io.myapi.domain.shared.DomainException;
import io.myapi.domain.shared.MapperException;
import io.myapi.domain.shared.Money;
import java.util.Currency;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Products to rows and back. A row that does not make a valid product (corrupt data) raises
 * {@link MapperException} rather than a bare exception (R5.5); conversions are logged at debug
 * (R5.1).
 */
final class ProductPersistenceMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProductPersistenceMapper.class);

    private ProductPersistenceMapper() {
    }

    static void copy(Product product, ProductJpaEntity row) {
        row.id = product.id().toString();
        row.sku = product.sku().value();
        row.name = product.name();
        row.description = product.description();
        row.priceAmount = product.price().amount();
        row.priceCurrency = product.price().currency().getCurrencyCode();
        row.stock = product.stock();
        row.deleted = product.deleted();
        row.createdAt = product.createdAt();
        row.updatedAt = product.updatedAt();
        LOG.debug("product {} mapped to a row", row.id);
    }

    static Product toDomain(ProductJpaEntity row) {
        try {
            Product product = new Product(
                    ProductId.parse(Objects.requireNonNull(row.id, "id")),
                    new Sku(Objects.requireNonNull(row.sku, "sku")),
                    Objects.requireNonNull(row.name, "name"),
                    row.description == null ? "" : row.description,
                    new Money(Objects.requireNonNull(row.priceAmount, "price_amount").stripTrailingZeros(),
                            Currency.getInstance(Objects.requireNonNull(row.priceCurrency, "price_currency"))),
                    row.stock,
                    row.deleted,
                    Objects.requireNonNull(row.createdAt, "created_at"),
                    Objects.requireNonNull(row.updatedAt, "updated_at"),
                    row.version == null ? 0 : row.version);
            LOG.debug("row {} mapped to a product", row.id);
            return product;
        } catch (DomainException | IllegalArgumentException | NullPointerException e) {
            throw new MapperException("product", e);
        }
    }
}
