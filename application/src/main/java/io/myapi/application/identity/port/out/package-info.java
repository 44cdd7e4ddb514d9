/** Outbound ports of identity and access: hashing, tokens, sessions, randomness, security events. */
@NullMarked
package io.myapi.application.identity.port.out;

import org.jspecify.annotations.NullMarked;
