/** Validated configuration properties and the environment processing that feeds them. */
@NullMarked
package io.myapi.bootstrap.config;

import org.jspecify.annotations.NullMarked;
