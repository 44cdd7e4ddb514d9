/**
 * Abuse-protection adapters: bucket4j token buckets in process and in Redis, violation records
 * and the IP ban list in process and in Redis.
 */
@NullMarked
package io.myapi.infrastructure.ratelimit;

import org.jspecify.annotations.NullMarked;
