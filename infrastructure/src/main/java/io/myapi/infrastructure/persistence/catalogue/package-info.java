/** JPA adapter of the product repository: soft delete, parameterised filters, batch inserts. */
@NullMarked
package io.myapi.infrastructure.persistence.catalogue;

import org.jspecify.annotations.NullMarked;
