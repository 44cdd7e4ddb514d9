/** Audit trail: port/in. */
@NullMarked
package io.myapi.application.audit.port.in;

import org.jspecify.annotations.NullMarked;
