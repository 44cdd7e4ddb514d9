/** Locally generated development secrets, stored with owner-only permissions. */
@NullMarked
package io.myapi.infrastructure.secrets;

import org.jspecify.annotations.NullMarked;
