/** Inbound ports of the catalogue. */
@NullMarked
package io.myapi.application.catalogue.port.in;

import org.jspecify.annotations.NullMarked;
