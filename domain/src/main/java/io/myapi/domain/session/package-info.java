/** Server-side login sessions and the refresh-token family each one carries. */
@NullMarked
package io.myapi.domain.session;

import org.jspecify.annotations.NullMarked;
