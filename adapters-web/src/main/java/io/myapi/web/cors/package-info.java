/** Cross-origin policy: an exact allow-list of origins, refusals as problem+json. */
@NullMarked
package io.myapi.web.cors;

import org.jspecify.annotations.NullMarked;
