/** The application's entry point. */
@NullMarked
package io.myapi;

import org.jspecify.annotations.NullMarked;
