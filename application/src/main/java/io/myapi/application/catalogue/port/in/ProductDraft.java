package io.myapi.application.catalogue.port.in;

import java.util.Objects;

/**
 * A product as a client describes it, still unvalidated: the use case checks every field and
 * reports every problem at once.
 *
 * @param sku stock-keeping unit
 * @param name display name
 * @param description free text
 * @param priceAmount decimal text such as {@code "12.50"}
 * @param priceCurrency ISO 4217 code
 * @param stock units available
 */
public record ProductDraft(String sku, String name, String description, String priceAmount, String priceCurrency, int stock) {

    /**
     * Validates presence.
     *
     * @param sku stock-keeping unit
     * @param name display name
     * @param description free text
     * @param priceAmount decimal text
     * @param priceCurrency ISO code
     * @param stock units
     */
    public ProductDraft {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priceAmount, "priceAmount");
        Objects.requireNonNull(priceCurrency, "priceCurrency");
    }
}
