/** The endpoint that receives Content-Security-Policy violation reports from browsers. */
@NullMarked
package io.myapi.web.csp;

import org.jspecify.annotations.NullMarked;
