/** Implementations of the order use cases. */
@NullMarked
package io.myapi.application.order.service;

import org.jspecify.annotations.NullMarked;
