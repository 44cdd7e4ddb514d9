/** The public liveness and readiness probes. */
@NullMarked
package io.myapi.bootstrap.health;

import org.jspecify.annotations.NullMarked;
