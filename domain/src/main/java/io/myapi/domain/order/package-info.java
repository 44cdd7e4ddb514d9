/** Orders: a customer's lines with their price snapshots, a total, and a status life cycle. */
@NullMarked
package io.myapi.domain.order;

import org.jspecify.annotations.NullMarked;
