package io.myapi.bootstrap.wiring;

import io.myapi.application.identity.port.out.IdGenerator;
import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.domain.catalogue.Product;
import io.myapi.domain.catalogue.ProductId;
import io.myapi.domain.catalogue.ProductQuery;
import io.myapi.domain.catalogue.ProductRepository;
import io.myapi.domain.catalogue.ProductSort;
import io.myapi.domain.catalogue.Sku;
import io.myapi.domain.catalogue.SkuTakenException;
import io.myapi.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** In development only, on a first start with an empty catalogue: a few demo products. Never in staging or production. */
final class DemoCatalogueHook implements LifecycleHook {

    private final ProductRepository products;
    private final IdGenerator ids;
    private final MyApiProperties settings;
    private final Clock clock;

    DemoCatalogueHook(ProductRepository products, IdGenerator ids, MyApiProperties settings, Clock clock) {
        this.products = products;
        this.ids = ids;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "demo-catalogue";
    }

    @Override
    public void start() {
        if (settings.environment().isStrict()) {
            return;
        }
        ProductQuery any = new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                ProductSort.CREATED_AT_ASC, 0, 1);
        if (products.search(any).total() > 0) {
            return;
        }
        Instant now = clock.instant();
        try {
            insertDemo(now);
        } catch (SkuTakenException e) {
            // The demo products were created once and deleted since: their SKUs stay reserved.
        }
    }

    private void insertDemo(Instant now) {
        products.insertAll(List.of(
                demo("DEMO-MUG", "Stoneware mug", "A 350 ml mug, dishwasher safe.", "12.50", 40, now),
                demo("DEMO-TEE", "Cotton T-shirt", "Organic cotton, unisex.", "19.99", 25, now),
                demo("DEMO-LAMP", "Desk lamp", "LED, warm white, 6 W.", "34.00", 10, now)));
    }

    private Product demo(String sku, String name, String description, String price, int stock, Instant now) {
        return Product.create(new ProductId(ids.next()), new Sku(sku), name, description, Money.of(price, "EUR"), stock, now);
    }
}
