/** Relational persistence: connection pool, URL redaction, migrations. */
@NullMarked
package io.myapi.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;
