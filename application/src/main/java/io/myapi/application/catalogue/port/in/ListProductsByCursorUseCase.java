package io.myapi.application.catalogue.port.in;

import java.util.Optional;

/** Lists visible products by cursor (v2). */
public interface ListProductsByCursorUseCase {

    /**
     * Lists visible products by cursor (v2).
     *
     * @param cursor the {@code next_cursor} of the previous page, if any
     * @param limit page size, 1 to 100
     * @return the page
     */
    ProductSlice list(Optional<String> cursor, int limit);
}
