/** Inbound ports of orders. */
@NullMarked
package io.myapi.application.order.port.in;

import org.jspecify.annotations.NullMarked;
