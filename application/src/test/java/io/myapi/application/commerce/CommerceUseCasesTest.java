package io.myapi.application.commerce;

import static io.myapi.application.commerce.CommerceFixture.ALICE;
import static io.myapi.application.commerce.CommerceFixture.BOB;
import static io.myapi.application.commerce.CommerceFixture.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.myapi.application.catalogue.port.in.BulkCreateProductsCommand;
import io.myapi.application.catalogue.port.in.CreateProductCommand;
import io.myapi.application.catalogue.port.in.ProductDraft;
import io.myapi.application.identity.PermissionDeniedException;
import io.myapi.application.identity.ResourceNotFoundException;
import io.myapi.application.order.port.in.OrderLineDraft;
import io.myapi.application.order.port.in.OrderReference;
import io.myapi.application.order.port.in.PlaceOrderCommand;
import io.myapi.application.shared.ValidationException;
import io.myapi.domain.catalogue.InsufficientStockException;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.order.Order;
import io.myapi.domain.order.OrderStatus;
import io.myapi.domain.shared.ConcurrentUpdateException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Catalogue and order use cases over in-memory repositories (R11.4). */
@Tag("R11.4")
class CommerceUseCasesTest {

    private final CommerceFixture commerce = new CommerceFixture();

    private Product mug(int stock) {
        return commerce.management.create(new CreateProductCommand(MANAGER,
                new ProductDraft("MUG-" + System.nanoTime() % 100000, "Mug", "", "4.99", "EUR", stock)));
    }

    private Order order(Product product, int quantity) {
        return commerce.placing.place(new PlaceOrderCommand(ALICE, List.of(new OrderLineDraft(product.id().toString(), quantity))));
    }

    @Test
    @Tag("R5.2")
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() {
        assertThatThrownBy(() -> commerce.management.create(new CreateProductCommand(MANAGER,
                new ProductDraft("x", " ", "", "12.345", "EUR", -1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .containsExactlyInAnyOrder("sku", "name", "price.amount", "stock"));
        assertThat(commerce.products.storedCount()).isZero();
    }

    @Test
    @Tag("R5.2")
    void aBulkRequestNamesEachBadItemAndStoresNone() {
        List<ProductDraft> drafts = List.of(new ProductDraft("LAMP-1", "Lamp", "", "10.00", "EUR", 1),
                new ProductDraft("LAMP-1", "Lamp", "", "10.00", "EUR", 1),
                new ProductDraft("LAMP-3", "", "", "10.00", "XXX", 1));

        assertThatThrownBy(() -> commerce.management.createAll(new BulkCreateProductsCommand(MANAGER, drafts)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .contains("items[1].sku", "items[2].name", "items[2].price.currency"));
        assertThat(commerce.products.storedCount()).isZero();
    }

    @Test
    @Tag("R12.4")
    void onlyManagersChangeTheCatalogue() {
        assertThatThrownBy(() -> commerce.management.create(new CreateProductCommand(ALICE,
                new ProductDraft("MUG-1", "Mug", "", "4.99", "EUR", 1)))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    @Tag("R22.6")
    void aLostStockRaceIsRetriedWithGrowingBackoffAndLogged() {
        Product mug = mug(5);
        commerce.products.conflictsToRaise = 3;

        Order order = order(mug, 2);

        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(commerce.warnings).hasSize(3).allSatisfy(w -> assertThat(w).startsWith("place_order: stock changed concurrently"));
        assertThat(commerce.sleeps).containsExactly(10L, 20L, 40L);
        assertThat(commerce.queries.get(mug.id().toString()).stock()).isEqualTo(3);
    }

    @Test
    @Tag("R22.6")
    void aRaceLostOnEveryAttemptEndsInAConflictWithNothingSold() {
        Product mug = mug(5);
        commerce.products.conflictsToRaise = 99;

        assertThatThrownBy(() -> order(mug, 1)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(commerce.sleeps).containsExactly(10L, 20L, 40L, 80L);
    }

    @Test
    void pricesComeFromTheCatalogueAndStockIsNeverOversold() {
        Product mug = mug(3);

        Order order = order(mug, 3);

        assertThat(order.total().amountText()).isEqualTo("14.97");
        assertThatThrownBy(() -> order(mug, 1)).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    @Tag("R12.1")
    void anotherCustomersOrderIsNotFoundAndCannotBeCancelled() {
        Order order = order(mug(3), 1);
        OrderReference bobs = new OrderReference(BOB, order.id().toString());

        assertThatThrownBy(() -> commerce.orderService.get(bobs)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> commerce.orderService.cancel(bobs)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(commerce.orderService.get(new OrderReference(MANAGER, order.id().toString())).id()).isEqualTo(order.id());
        assertThat(commerce.orderService.cancel(new OrderReference(ALICE, order.id().toString())).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aManagerWhoAlsoShopsCancelsTheirOwnPaidOrder() {
        io.myapi.application.identity.port.in.Caller both = new io.myapi.application.identity.port.in.Caller(
                ALICE.userId(), io.myapi.domain.user.Role.permissionsOf(java.util.EnumSet.of(io.myapi.domain.user.Role.CUSTOMER,
                        io.myapi.domain.user.Role.MANAGER)), java.util.Optional.of("s"), java.util.Optional.empty(), false);
        Order order = order(mug(3), 1);
        commerce.orderService.change(new io.myapi.application.order.port.in.ChangeOrderStatusCommand(MANAGER, order.id().toString(), "PAID"));

        assertThat(commerce.orderService.cancel(new OrderReference(both, order.id().toString())).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void unknownAndDuplicateProductsAreNamedByLine() {
        Product mug = mug(3);
        assertThatThrownBy(() -> commerce.placing.place(new PlaceOrderCommand(ALICE, List.of(
                new OrderLineDraft(mug.id().toString(), 1),
                new OrderLineDraft(mug.id().toString(), 1),
                new OrderLineDraft("01ARZ3NDEKTSV4RRFFQ69G5FAZ", 1),
                new OrderLineDraft("nope", 0)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .contains("lines[1].product_id", "lines[3].product_id", "lines[3].quantity"));
    }
}
