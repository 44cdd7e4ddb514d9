package io.myapi.web.commerce;

import io.myapi.application.catalogue.port.in.ListProductsByCursorUseCase;
import io.myapi.web.commerce.CommerceResponses.ProductSliceBody;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v2/products}: the catalogue with cursor pagination. */
@RestController
public class ProductV2Controller {

    private final ListProductsByCursorUseCase list;

    /**
     * Creates the controller.
     *
     * @param list cursor pages
     */
    public ProductV2Controller(ListProductsByCursorUseCase list) {
        this.list = list;
    }

    @GetMapping(path = "/api/v2/products", produces = MediaType.APPLICATION_JSON_VALUE)
    ProductSliceBody list(@RequestParam(name = "cursor", required = false) @Size(max = 64) @Nullable String cursor,
            @RequestParam(name = "limit", defaultValue = "20") int limit) {
        return ProductSliceBody.from(list.list(Optional.ofNullable(cursor), limit));
    }
}
