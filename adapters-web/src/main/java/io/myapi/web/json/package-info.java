/** The strict JSON mapper used for every request and response body. */
@NullMarked
package io.myapi.web.json;

import org.jspecify.annotations.NullMarked;
