package io.myapi.application.catalogue.port.in;

import io.myapi.application.identity.port.in.Caller;
import java.util.Optional;

/**
 * A product listing request, unvalidated.
 *
 * @param caller who asks
 * @param text {@code q}
 * @param minPrice {@code min_price}
 * @param maxPrice {@code max_price}
 * @param currency {@code currency}
 * @param sort {@code sort}
 * @param skip {@code skip}
 * @param limit {@code limit}
 */
public record ListProductsQuery(Caller caller, Optional<String> text, Optional<String> minPrice, Optional<String> maxPrice,
        Optional<String> currency, Optional<String> sort, int skip, int limit) {
}
