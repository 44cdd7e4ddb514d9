/**
 * The shared kernel: value types every bounded context uses (identifiers, secrets, digests) and
 * the root of the domain exception hierarchy.
 */
@NullMarked
package io.myapi.domain.shared;

import org.jspecify.annotations.NullMarked;
