/** Security response headers, on every response the server writes. */
@NullMarked
package io.myapi.web.headers;

import org.jspecify.annotations.NullMarked;
