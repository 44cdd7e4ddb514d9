/** Explicit wiring of every module's beans, and the bridges into Spring's lifecycle. */
@NullMarked
package io.myapi.bootstrap.wiring;

import org.jspecify.annotations.NullMarked;
