package io.myapi.web.commerce;

import io.myapi.application.catalogue.port.in.ProductSlice;
import io.myapi.application.order.port.in.OrderPage;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductPage;
import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderLine;
import io.myapi.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Response bodies of the catalogue and order endpoints, mapped by plain code. */
final class CommerceResponses {

    private CommerceResponses() {
    }

    /**
     * Money on the wire.
     *
     * @param amount decimal string at the currency's scale
     * @param currency ISO 4217 code
     */
    record MoneyBody(String amount, String currency) {

        static MoneyBody from(Money money) {
            return new MoneyBody(money.amountText(), money.currency().getCurrencyCode());
        }
    }

    /**
     * A product.
     *
     * @param id identifier
     * @param sku stock-keeping unit
     * @param name display name
     * @param description free text
     * @param price unit price
     * @param stock units available
     * @param createdAt creation time
     * @param updatedAt last change
     */
    record ProductBody(String id, String sku, String name, String description, MoneyBody price, int stock, Instant createdAt,
            Instant updatedAt) {

        static ProductBody from(Product product) {
            return new ProductBody(product.id().toString(), product.sku().value(), product.name(), product.description(),
                    MoneyBody.from(product.price()), product.stock(), product.createdAt(), product.updatedAt());
        }
    }

    /**
     * A page of products (v1).
     *
     * @param items the products
     * @param total how many match
     * @param skip rows skipped
     * @param limit page size
     */
    record ProductPageBody(List<ProductBody> items, long total, int skip, int limit) {

        static ProductPageBody from(ProductPage page) {
            return new ProductPageBody(page.items().stream().map(ProductBody::from).toList(), page.total(), page.skip(), page.limit());
        }
    }

    /**
     * A cursor page of products (v2).
     *
     * @param items the products
     * @param nextCursor pass as {@code cursor} for the next page; null on the last
     */
    record ProductSliceBody(List<ProductBody> items, @Nullable String nextCursor) {

        static ProductSliceBody from(ProductSlice slice) {
            return new ProductSliceBody(slice.items().stream().map(ProductBody::from).toList(), slice.nextCursor().orElse(null));
        }
    }

    /**
     * Products created in bulk.
     *
     * @param items the products, in request order
     */
    record ProductListBody(List<ProductBody> items) {
    }

    /**
     * One order line.
     *
     * @param productId the product
     * @param quantity units
     * @param unitPrice unit price when the order was placed
     * @param lineTotal unit price times quantity
     */
    record LineBody(String productId, int quantity, MoneyBody unitPrice, MoneyBody lineTotal) {

        static LineBody from(OrderLine line) {
            return new LineBody(line.productId().toString(), line.quantity().value(), MoneyBody.from(line.unitPrice()),
                    MoneyBody.from(line.total()));
        }
    }

    /**
     * An order.
     *
     * @param id identifier
     * @param status PLACED, PAID, SHIPPED or CANCELLED
     * @param lines the lines
     * @param total sum of the line totals
     * @param createdAt placing time
     * @param updatedAt last change
     */
    record OrderBody(String id, String status, List<LineBody> lines, MoneyBody total, Instant createdAt, Instant updatedAt) {

        static OrderBody from(Order order) {
            return new OrderBody(order.id().toString(), order.status().name(), order.lines().stream().map(LineBody::from).toList(),
                    MoneyBody.from(order.total()), order.createdAt(), order.updatedAt());
        }
    }

    /**
     * A page of orders.
     *
     * @param items the orders
     * @param total how many the caller may see
     * @param skip rows skipped
     * @param limit page size
     */
    record OrderPageBody(List<OrderBody> items, long total, int skip, int limit) {

        static OrderPageBody from(OrderPage page) {
            return new OrderPageBody(page.items().stream().map(OrderBody::from).toList(), page.total(), page.skip(), page.limit());
        }
    }
}
