/** Security-alert notifiers: the security log, a Micrometer counter, a webhook. */
@NullMarked
package io.myapi.infrastructure.monitoring;

import org.jspecify.annotations.NullMarked;
