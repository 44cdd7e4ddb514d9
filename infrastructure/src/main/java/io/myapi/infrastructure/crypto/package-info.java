/** Cryptographic policies and primitives (secret strength, key material). */
@NullMarked
package io.myapi.infrastructure.crypto;

import org.jspecify.annotations.NullMarked;
