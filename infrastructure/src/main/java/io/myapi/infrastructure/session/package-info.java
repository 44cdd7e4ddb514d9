/** Session stores: in-process for the embedded defaults, Redis for production. */
@NullMarked
package io.myapi.infrastructure.session;

import org.jspecify.annotations.NullMarked;
