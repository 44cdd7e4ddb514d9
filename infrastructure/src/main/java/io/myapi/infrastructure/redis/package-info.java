/** Redis connectivity (Lettuce), used only when a Redis URL is configured. */
@NullMarked
package io.myapi.infrastructure.redis;

import org.jspecify.annotations.NullMarked;
