package io.myapi.web.commerce;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.myapi.application.catalogue.port.in.ProductDraft;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.Sku;
import io.myapi.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Round trips entity -> response -> request -> command -> entity keep every field (R11.2). */
class ProductMappingPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    @Tag("R11.2")
    void aProductSurvivesTheRoundTripThroughItsWireForms() {
        qt().forAll(strings().betweenCodePoints('A', 'Z').ofLengthBetween(3, 32),
                        strings().basicLatinAlphabet().ofLengthBetween(1, 200),
                        longs().between(0, 99_999_999_999L),
                        integers().between(0, Product.MAX_STOCK))
                .assuming((sku, name, cents, stock) -> !name.isBlank() && name.strip().equals(name)
                        && name.chars().noneMatch(Character::isISOControl))
                .check((sku, name, cents, stock) -> {
                    Product original = Product.create(ProductId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV"), new Sku(sku), name, "text",
                            new Money(BigDecimal.valueOf(cents, 2), Currency.getInstance("EUR")), stock, NOW);
                    CommerceResponses.ProductBody body = CommerceResponses.ProductBody.from(original);
                    CommerceRequests.CreateProduct request = new CommerceRequests.CreateProduct(body.sku(), body.name(),
                            body.description(), new CommerceRequests.MoneyBody(body.price().amount(), body.price().currency()), body.stock());
                    ProductDraft draft = request.toDraft();
                    Product rebuilt = Product.create(original.id(), new Sku(draft.sku()), draft.name(), draft.description(),
                            Money.of(draft.priceAmount(), draft.priceCurrency()), draft.stock(), NOW);
                    return rebuilt.sku().equals(original.sku()) && rebuilt.name().equals(original.name())
                            && rebuilt.description().equals(original.description()) && rebuilt.price().equals(original.price())
                            && rebuilt.stock() == original.stock();
                });
    }
}
