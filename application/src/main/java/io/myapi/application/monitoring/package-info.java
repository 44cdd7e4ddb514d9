/** Security monitoring: bursts of failures, token reuse and bans raise alerts through pluggable notifiers (R36.2, R36.6). */
@NullMarked
package io.myapi.application.monitoring;

import org.jspecify.annotations.NullMarked;
