/** Ordered start-up and shut-down of the application's own resources (R3.4, R3.5). */
@NullMarked
package io.myapi.application.lifecycle;

import org.jspecify.annotations.NullMarked;
