/** What abuse protection needs from the outside: token buckets, violation records, the ban list. */
@NullMarked
package io.myapi.application.ratelimit.port.out;

import org.jspecify.annotations.NullMarked;
