/** Abuse-protection use cases: admitting a request, managing IP bans. */
@NullMarked
package io.myapi.application.ratelimit.port.in;

import org.jspecify.annotations.NullMarked;
