/** Where security alerts go. */
@NullMarked
package io.myapi.application.monitoring.port.out;

import org.jspecify.annotations.NullMarked;
