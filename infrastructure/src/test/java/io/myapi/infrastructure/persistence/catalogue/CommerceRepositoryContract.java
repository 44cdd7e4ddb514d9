package io.myapi.infrastructure.persistence.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.f4b6a3.ulid.UlidCreator;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductPage;
import io.myapi.domain.catalogue.ProductQuery;
import io.myapi.domain.catalogue.ProductSort;
import io.myapi.domain.catalogue.Sku;
import io.myapi.domain.catalogue.SkuTakenException;
import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderId;
import io.myapi.domain.order.OrderLine;
import io.myapi.domain.order.OrderRepository;
import io.myapi.domain.order.OrderStatus;
import io.myapi.domain.shared.ConcurrentUpdateException;
import io.myapi.domain.shared.Money;
import io.myapi.domain.shared.Quantity;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.user.EmailAddress;
import io.myapi.domain.user.PasswordHash;
import io.myapi.domain.user.User;
import io.myapi.domain.user.UserId;
import io.myapi.domain.user.UserRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the product and order repositories must do: in memory, on H2 and on PostgreSQL alike. */
abstract class CommerceRepositoryContract {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    /**
     * The product repository under test.
     *
     * @return it
     */
    abstract ProductRepository products();

    /**
     * The order repository under test.
     *
     * @return it
     */
    abstract OrderRepository orders();

    /**
     * The user repository, for order owners.
     *
     * @return it
     */
    abstract UserRepository users();

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Product product(String name, String price) {
        String id = UlidCreator.getMonotonicUlid().toString();
        return Product.create(ProductId.parse(id), new Sku("S" + id.substring(10)), name, "Glazed stoneware", Money.of(price, "EUR"), 10, NOW);
    }

    private ProductQuery text(String text, ProductSort sort, int skip, int limit) {
        return new ProductQuery(Optional.of(text), Optional.empty(), Optional.empty(), Optional.empty(), sort, skip, limit);
    }

    @Test
    @Tag("R6.1")
    @Tag("R6.2")
    void filtersSortAndPageWithBoundParametersOnly() {
        String marker = marker();
        products().save(product("Cup " + marker + " small", "3.00"));
        products().save(product("Cup " + marker + " large", "5.50"));
        products().save(product("Cup " + marker + " huge", "9.99"));

        ProductPage first = products().search(text(marker, ProductSort.PRICE_DESC, 0, 2));
        ProductPage second = products().search(text(marker, ProductSort.PRICE_DESC, 2, 2));
        ProductPage cheap = products().search(new ProductQuery(Optional.of(marker), Optional.of(new BigDecimal("3.00")),
                Optional.of(new BigDecimal("6")), Optional.of(Currency.getInstance("EUR")), ProductSort.NAME_ASC, 0, 10));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(p -> p.price().amountText()).containsExactly("9.99", "5.50");
        assertThat(second.items()).extracting(p -> p.price().amountText()).containsExactly("3.00");
        assertThat(cheap.items()).extracting(Product::name).containsExactly("Cup " + marker + " large", "Cup " + marker + " small");
        assertThat(products().search(text(marker + "' OR '1'='1", ProductSort.NAME_ASC, 0, 10)).total()).isZero();
        assertThat(products().search(text("%", ProductSort.NAME_ASC, 0, 10)).total()).isZero();
        assertThat(products().search(text(marker.toUpperCase(Locale.ROOT), ProductSort.NAME_ASC, 0, 10)).total()).isEqualTo(3);
    }

    @Test
    @Tag("R6.3")
    void aSoftDeletedProductIsInvisibleToEveryQueryButKeptInTheTable() {
        String marker = marker();
        Product product = product("Vase " + marker, "12.00");
        products().save(product);
        Product loaded = products().findById(product.id()).orElseThrow();
        loaded.delete(NOW);
        products().save(loaded);

        assertThat(products().findById(product.id())).isEmpty();
        assertThat(products().findAllById(List.of(product.id()))).isEmpty();
        assertThat(products().search(text(marker, ProductSort.NAME_ASC, 0, 10)).total()).isZero();
        assertThat(products().listAfter(Optional.empty(), 1000)).extracting(Product::id).doesNotContain(product.id());
    }



    @Test
    void aStaleProductCannotBeSavedOverANewerOne() {
        Product product = product("Bowl", "7.00");
        products().save(product);
        Product first = products().findById(product.id()).orElseThrow();
        Product second = products().findById(product.id()).orElseThrow();
        first.restockTo(1, NOW);
        products().save(first);
        second.restockTo(99, NOW);

        assertThatThrownBy(() -> products().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(products().findById(product.id()).orElseThrow().stock()).isEqualTo(1);
    }

    @Test
    void aTakenSkuIsRefused() {
        Product original = product("Plate", "2.00");
        products().save(original);
        Product copy = Product.create(ProductId.parse(UlidCreator.getMonotonicUlid().toString()), original.sku(), "Copy", "",
                Money.of("1.00", "EUR"), 1, NOW);

        assertThatThrownBy(() -> products().save(copy)).isInstanceOf(SkuTakenException.class);
    }

    @Test
    void ordersRoundTripWithTheirLinesAndArePagedPerOwner() {
        User owner = User.register(UserId.parse(UlidCreator.getMonotonicUlid().toString()),
                new EmailAddress("buyer-" + marker() + "@example.com"), "Buyer", new PasswordHash("h"), NOW);
        users().save(owner);
        Product mug = product("Mug", "0.10");
        products().save(mug);
        Order order = Order.place(OrderId.parse(UlidCreator.getMonotonicUlid().toString()), owner.id(),
                List.of(new OrderLine(mug.id(), new Quantity(3), mug.price())), NOW);
        orders().save(order);
        Order loaded = orders().findById(order.id()).orElseThrow();
        loaded.moveTo(OrderStatus.PAID, NOW.plusSeconds(1));
        orders().save(loaded);

        Order again = orders().findById(order.id()).orElseThrow();
        assertThat(again.status()).isEqualTo(OrderStatus.PAID);
        assertThat(again.total().amountText()).isEqualTo("0.30");
        assertThat(again.lines()).hasSize(1);
        assertThat(orders().listByOwner(owner.id(), 0, 10)).extracting(Order::id).containsExactly(order.id());
        assertThat(orders().countByOwner(owner.id())).isEqualTo(1);
        assertThat(orders().listByOwner(owner.id(), 1, 10)).isEmpty();
    }
}
