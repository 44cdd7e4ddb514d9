/** The audit trail at the edge: each request's origin, and {@code /api/v1/admin/audit}. */
@NullMarked
package io.myapi.web.audit;

import org.jspecify.annotations.NullMarked;
