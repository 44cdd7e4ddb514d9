/** JPA adapters of the user and API key repositories. Entities stay package-private. */
@NullMarked
package io.myapi.infrastructure.persistence.identity;

import org.jspecify.annotations.NullMarked;
