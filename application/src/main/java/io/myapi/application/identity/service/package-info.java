/** Implementations of the identity use cases, built with new over their ports. */
@NullMarked
package io.myapi.application.identity.service;

import org.jspecify.annotations.NullMarked;
