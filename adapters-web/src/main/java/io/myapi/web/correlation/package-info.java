/** Correlation identifiers: accepted, generated, echoed, logged. */
@NullMarked
package io.myapi.web.correlation;

import org.jspecify.annotations.NullMarked;
