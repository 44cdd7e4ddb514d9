/** Implementations of the abuse-protection use cases. */
@NullMarked
package io.myapi.application.ratelimit.service;

import org.jspecify.annotations.NullMarked;
