package io.myapi.domain.catalogue;

import io.myapi.domain.shared.InvalidFieldException;
import io.myapi.domain.shared.Money;
import io.myapi.domain.shared.Quantity;
import java.time.Instant;
import java.util.Objects;

/**
 * A product of the catalogue. Stock never goes negative; a deleted product is kept (soft delete)
 * and hidden from every query.
 */
public final class Product {

    /** Longest name. */
    public static final int MAX_NAME = 200;
    /** Longest description. */
    public static final int MAX_DESCRIPTION = 2000;
    /** Largest stock. */
    public static final int MAX_STOCK = 1_000_000;

    private final ProductId id;
    private final Sku sku;
    private String name;
    private String description;
    private Money price;
    private int stock;
    private boolean deleted;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    /**
     * Rebuilds a product from storage or creates one.
     *
     * @param id identifier
     * @param sku stock-keeping unit
     * @param name display name
     * @param description free text
     * @param price unit price
     * @param stock units available
     * @param deleted soft-deleted flag
     * @param createdAt creation time
     * @param updatedAt last change
     * @param version optimistic-lock version, 0 for a new product
     */
    public Product(ProductId id, Sku sku, String name, String description, Money price, int stock, boolean deleted,
            Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.sku = Objects.requireNonNull(sku, "sku");
        this.name = validName(name);
        this.description = validDescription(description);
        this.price = Objects.requireNonNull(price, "price");
        this.stock = validStock(stock);
        this.deleted = deleted;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * A new product.
     *
     * @param id identifier
     * @param sku stock-keeping unit
     * @param name display name
     * @param description free text
     * @param price unit price
     * @param stock units available
     * @param now creation time
     * @return the product
     */
    public static Product create(ProductId id, Sku sku, String name, String description, Money price, int stock, Instant now) {
        return new Product(id, sku, name, description, price, stock, false, now, now, 0);
    }

    /**
     * Renames the product.
     *
     * @param newName the name
     * @param now time of the change
     */
    public void rename(String newName, Instant now) {
        this.name = validName(newName);
        this.updatedAt = now;
    }

    /**
     * Replaces the description.
     *
     * @param newDescription the text
     * @param now time of the change
     */
    public void describe(String newDescription, Instant now) {
        this.description = validDescription(newDescription);
        this.updatedAt = now;
    }

    /**
     * Changes the price.
     *
     * @param newPrice the unit price
     * @param now time of the change
     */
    public void reprice(Money newPrice, Instant now) {
        this.price = Objects.requireNonNull(newPrice, "newPrice");
        this.updatedAt = now;
    }

    /**
     * Sets the stock.
     *
     * @param units units available
     * @param now time of the change
     */
    public void restockTo(int units, Instant now) {
        this.stock = validStock(units);
        this.updatedAt = now;
    }

    /**
     * Takes units out of stock for an order.
     *
     * @param quantity units
     * @param now time of the reservation
     * @throws InsufficientStockException if fewer units are in stock
     */
    public void reserve(Quantity quantity, Instant now) {
        if (deleted || quantity.value() > stock) {
            throw new InsufficientStockException(id);
        }
        stock -= quantity.value();
        updatedAt = now;
    }

    /**
     * Puts units back, when an order is cancelled.
     *
     * @param quantity units
     * @param now time of the release
     */
    public void release(Quantity quantity, Instant now) {
        stock = Math.min(MAX_STOCK, stock + quantity.value());
        updatedAt = now;
    }

    /**
     * Soft-deletes the product: it stays stored and disappears from every query.
     *
     * @param now time of deletion
     */
    public void delete(Instant now) {
        deleted = true;
        updatedAt = now;
    }

    /**
     * The identifier.
     *
     * @return the identifier
     */
    public ProductId id() {
        return id;
    }

    /**
     * The stock-keeping unit.
     *
     * @return the SKU
     */
    public Sku sku() {
        return sku;
    }

    /**
     * The display name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The free-text description.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The unit price.
     *
     * @return the price
     */
    public Money price() {
        return price;
    }

    /**
     * Units available.
     *
     * @return the stock
     */
    public int stock() {
        return stock;
    }

    /**
     * Whether the product was soft-deleted.
     *
     * @return the flag
     */
    public boolean deleted() {
        return deleted;
    }

    /**
     * When the product was created.
     *
     * @return the creation time
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * When the product last changed.
     *
     * @return the time
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The optimistic-lock version it was read at.
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    /**
     * A valid name, stripped.
     *
     * @param name the value as given
     * @return the value to keep
     * @throws InvalidFieldException if it breaks the rule
     */
    public static String validName(String name) {
        Objects.requireNonNull(name, "name");
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("name", "empty, longer than " + MAX_NAME + " or with control characters");
        }
        return stripped;
    }

    /**
     * A valid description.
     *
     * @param description the value as given
     * @return the value to keep
     * @throws InvalidFieldException if it breaks the rule
     */
    public static String validDescription(String description) {
        Objects.requireNonNull(description, "description");
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidFieldException("description", "longer than " + MAX_DESCRIPTION);
        }
        if (description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidFieldException("description", "contains control characters other than line breaks and tabs");
        }
        return description;
    }

    /**
     * A valid stock.
     *
     * @param stock the value as given
     * @return the value to keep
     * @throws InvalidFieldException if it breaks the rule
     */
    public static int validStock(int stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw new InvalidFieldException("stock", "must be 0 to " + MAX_STOCK);
        }
        return stock;
    }

    @Override
    public String toString() {
        return "Product[id=" + id + ", sku=" + sku + "]";
    }
}
