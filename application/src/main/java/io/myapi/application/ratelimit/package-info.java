/** Rate-limit rules as configured; the enforcement port arrives with edge protection. */
@NullMarked
package io.myapi.application.ratelimit;

import org.jspecify.annotations.NullMarked;
