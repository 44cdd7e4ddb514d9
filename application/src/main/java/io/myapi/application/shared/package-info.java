/** Building blocks every use case shares: collected validation errors, the transaction boundary, retries, use-case logging. */
@NullMarked
package io.myapi.application.shared;

import org.jspecify.annotations.NullMarked;
