/** The logging pipeline: masking of personal data and secrets in every structured log line. */
@NullMarked
package io.myapi.infrastructure.logging;

import org.jspecify.annotations.NullMarked;
