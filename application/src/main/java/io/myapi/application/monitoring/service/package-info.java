/** The anomaly detector. */
@NullMarked
package io.myapi.application.monitoring.service;

import org.jspecify.annotations.NullMarked;
