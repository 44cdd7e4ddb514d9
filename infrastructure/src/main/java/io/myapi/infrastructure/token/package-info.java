/** JSON Web Tokens with jjwt: one algorithm family per deployment, rotating keys. */
@NullMarked
package io.myapi.infrastructure.token;

import org.jspecify.annotations.NullMarked;
