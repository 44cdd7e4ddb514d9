/** Security event logging and the verified-API-key cache. */
@NullMarked
package io.myapi.infrastructure.security;

import org.jspecify.annotations.NullMarked;
