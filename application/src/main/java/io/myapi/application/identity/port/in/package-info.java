/** Inbound ports of identity and access: one use case per interface, called by the web adapter. */
@NullMarked
package io.myapi.application.identity.port.in;

import org.jspecify.annotations.NullMarked;
