/** Request limits enforced before a body is read into memory. */
@NullMarked
package io.myapi.web.limits;

import org.jspecify.annotations.NullMarked;
