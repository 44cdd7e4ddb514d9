/** The transaction boundary and the structured use-case log, for the application's ports. */
@NullMarked
package io.myapi.infrastructure.transaction;

import org.jspecify.annotations.NullMarked;
