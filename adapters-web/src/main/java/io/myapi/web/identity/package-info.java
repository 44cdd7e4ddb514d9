/** REST endpoints of identity and access: auth, sessions, the caller's account, API keys, user administration. */
@NullMarked
package io.myapi.web.identity;

import org.jspecify.annotations.NullMarked;
