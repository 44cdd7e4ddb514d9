/** Audit trail: port/out. */
@NullMarked
package io.myapi.application.audit.port.out;

import org.jspecify.annotations.NullMarked;
