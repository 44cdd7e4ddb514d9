package io.myapi.web.commerce;

import io.myapi.application.catalogue.port.in.ProductDraft;
import io.myapi.application.order.port.in.OrderLineDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Request bodies of the catalogue and order endpoints. Each lists exactly what its caller may
 * set: unknown members ({@code owner}, {@code status}, {@code total}, {@code unit_price}...)
 * are refused by the strict mapper (no mass assignment, R12.2).
 */
final class CommerceRequests {

    private CommerceRequests() {
    }

    /**
     * Money on the wire: the amount is a decimal string, never a JSON number.
     *
     * @param amount such as {@code "12.50"}
     * @param currency ISO 4217 code
     */
    record MoneyBody(@NotNull @Size(max = 32) String amount, @NotNull @Size(max = 3) String currency) {
    }

    /**
     * A product to create.
     *
     * @param sku stock-keeping unit
     * @param name display name
     * @param description free text
     * @param price unit price
     * @param stock units available
     */
    record CreateProduct(
            @NotNull @Size(max = 64) String sku,
            @NotNull @Size(max = 400) String name,
            @Nullable @Size(max = 4000) String description,
            @NotNull @Valid MoneyBody price,
            @NotNull Integer stock) {

        ProductDraft toDraft() {
            return new ProductDraft(sku, name, description == null ? "" : description, price.amount(), price.currency(), stock);
        }
    }

    /**
     * Up to 1000 products, created all or nothing.
     *
     * @param items the products
     */
    record BulkCreate(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid CreateProduct> items) {
    }

    /**
     * A partial update; absent members stay as they are. The SKU cannot change.
     *
     * @param name new name
     * @param description new description
     * @param price new price
     * @param stock new stock
     */
    record UpdateProduct(
            @Nullable @Size(max = 400) String name,
            @Nullable @Size(max = 4000) String description,
            @Nullable @Valid MoneyBody price,
            @Nullable Integer stock) {
    }

    /**
     * One order line.
     *
     * @param productId the product
     * @param quantity units
     */
    record Line(@NotNull @Size(max = 64) String productId, @NotNull Integer quantity) {

        OrderLineDraft toDraft() {
            return new OrderLineDraft(productId, quantity);
        }
    }

    /**
     * An order to place: product ids and quantities only.
     *
     * @param lines the lines
     */
    record PlaceOrder(@NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Line> lines) {
    }

    /**
     * A status change.
     *
     * @param status PAID, SHIPPED or CANCELLED
     */
    record ChangeStatus(@NotNull @Size(max = 16) String status) {
    }
}
