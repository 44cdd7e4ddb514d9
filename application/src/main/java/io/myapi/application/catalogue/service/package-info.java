/** Implementations of the catalogue use cases. */
@NullMarked
package io.myapi.application.catalogue.service;

import org.jspecify.annotations.NullMarked;
