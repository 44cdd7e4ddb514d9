/** Defence in depth against SQL injection attempts in query parameters and paths. */
@NullMarked
package io.myapi.web.injection;

import org.jspecify.annotations.NullMarked;
