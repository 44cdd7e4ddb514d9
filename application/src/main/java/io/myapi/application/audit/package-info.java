/** The tamper-evident audit trail of security-relevant events (R19, R36.5). */
@NullMarked
package io.myapi.application.audit;

import org.jspecify.annotations.NullMarked;
