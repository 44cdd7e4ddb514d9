/**
 * Abuse protection: request budgets ({@link io.myapi.application.ratelimit.RateLimit}), the
 * exponential penalties of repeat violators and IP bans, behind ports with an in-process and a
 * Redis implementation.
 */
@NullMarked
package io.myapi.application.ratelimit;

import org.jspecify.annotations.NullMarked;
