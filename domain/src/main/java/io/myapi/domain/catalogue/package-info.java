/** The catalogue: products with a SKU, a price and stock, soft-deleted rather than removed. */
@NullMarked
package io.myapi.domain.catalogue;

import org.jspecify.annotations.NullMarked;
