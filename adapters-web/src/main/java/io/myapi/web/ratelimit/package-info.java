/** Rate limiting and IP bans at the edge: which budget a request pays from, the RateLimit headers, the ban list's admin API. */
@NullMarked
package io.myapi.web.ratelimit;

import org.jspecify.annotations.NullMarked;
