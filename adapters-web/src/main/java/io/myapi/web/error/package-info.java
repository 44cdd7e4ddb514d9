/** One problem+json shape (RFC 9457) for every error a client can see. */
@NullMarked
package io.myapi.web.error;

import org.jspecify.annotations.NullMarked;
