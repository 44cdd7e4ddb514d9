/** The security filter chain and its problem+json entry points. */
@NullMarked
package io.myapi.web.security;

import org.jspecify.annotations.NullMarked;
