/** Audit trail: service. */
@NullMarked
package io.myapi.application.audit.service;

import org.jspecify.annotations.NullMarked;
