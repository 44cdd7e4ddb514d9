package io.myapi.application.ratelimit.service;

import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.RateLimitedException;
import io.myapi.application.ratelimit.port.out.Consumption;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.domain.shared.Digests;
import java.util.Locale;

/**
 * The per-account login budget against credential stuffing: every attempt on one email address
 * costs a token before any password is hashed, whichever IP it comes from. The bucket is keyed
 * by a digest of the address, so no address is stored in the shared state.
 */
public final class AccountLoginThrottle {

    private final RateLimitBuckets buckets;
    private final Budget budget;

    /**
     * Creates the throttle.
     *
     * @param buckets the token buckets
     * @param budget attempts allowed per account
     */
    public AccountLoginThrottle(RateLimitBuckets buckets, Budget budget) {
        this.buckets = buckets;
        this.budget = budget;
    }

    /**
     * Takes one attempt from the account's budget.
     *
     * @param email the address as the client sent it
     * @throws RateLimitedException if the account's budget is spent
     */
    public void check(String email) {
        String account = Digests.sha256Hex(email.strip().toLowerCase(Locale.ROOT));
        Consumption consumption = buckets.tryConsume(budget.name() + ":" + budget.limit() + ":account:" + account, budget.limit());
        if (!consumption.allowed()) {
            throw new RateLimitedException("login budget of an account spent", budget, consumption.retryAfter());
        }
    }
}
