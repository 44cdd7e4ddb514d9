/** JPA adapter of the order repository. */
@NullMarked
package io.myapi.infrastructure.persistence.order;

import org.jspecify.annotations.NullMarked;
