/** The audit trail in the relational database, by JDBC. */
@NullMarked
package io.myapi.infrastructure.persistence.audit;

import org.jspecify.annotations.NullMarked;
