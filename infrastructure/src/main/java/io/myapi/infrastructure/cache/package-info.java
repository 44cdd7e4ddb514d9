/** Bounded in-process caches on the application's clock. */
@NullMarked
package io.myapi.infrastructure.cache;

import org.jspecify.annotations.NullMarked;
