package io.myapi.infrastructure.ratelimit;

import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.application.ratelimit.port.out.ViolationRecords;

/** The contract on the in-process adapters (the embedded defaults). */
class InProcessAbuseStoresTest extends AbuseStoresContract {

    @Override
    RateLimitBuckets buckets() {
        return new InProcessRateLimitBuckets(clock, 10_000);
    }

    @Override
    ViolationRecords violations() {
        return new InProcessViolationRecords(clock, 10_000);
    }

    @Override
    IpBanStore bans() {
        return new InProcessIpBanStore();
    }
}
