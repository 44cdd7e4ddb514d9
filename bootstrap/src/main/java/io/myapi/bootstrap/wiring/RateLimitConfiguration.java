package io.myapi.bootstrap.wiring;

import io.myapi.application.identity.port.out.SecurityEvents;
import io.myapi.application.ratelimit.AbuseSettings;
import io.myapi.application.ratelimit.Budget;
import io.myapi.application.ratelimit.port.out.IpBanStore;
import io.myapi.application.ratelimit.port.out.RateLimitBuckets;
import io.myapi.application.ratelimit.port.out.ViolationRecords;
import io.myapi.application.ratelimit.service.AccountLoginThrottle;
import io.myapi.application.ratelimit.service.IpBanService;
import io.myapi.application.ratelimit.service.RateLimitService;
import io.myapi.application.identity.service.SubscriptionTierService;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.domain.user.UserRepository;
import io.myapi.infrastructure.security.CaffeineSubscriptionTierCache;
import io.myapi.infrastructure.ratelimit.InProcessIpBanStore;
import io.myapi.infrastructure.ratelimit.InProcessRateLimitBuckets;
import io.myapi.infrastructure.ratelimit.InProcessViolationRecords;
import io.myapi.infrastructure.ratelimit.RedisIpBanStore;
import io.myapi.infrastructure.ratelimit.RedisRateLimitBuckets;
import io.myapi.infrastructure.ratelimit.RedisViolationRecords;
import io.myapi.infrastructure.redis.RedisConnectionManager;
import io.myapi.web.proxy.TrustedProxies;
import io.myapi.web.ratelimit.RateLimitBudgets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Abuse protection: bucket4j buckets, violation records and the ban list in Redis when it is
 * configured (one budget for every instance), in process otherwise; the budgets and trusted
 * proxies from the validated settings.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    /** How long an instance may go on using a user's previous tier after another instance changed it. */
    static final java.time.Duration TIER_CACHE_LIFETIME = java.time.Duration.ofMinutes(1);

    @Bean
    RateLimitBuckets rateLimitBuckets(ObjectProvider<RedisConnectionManager> redis, MyApiProperties settings, Clock clock) {
        RedisConnectionManager manager = redis.getIfAvailable();
        return manager != null
                ? new RedisRateLimitBuckets(manager, IdentityConfiguration.REDIS_PREFIX, clock)
                : new InProcessRateLimitBuckets(clock, settings.rateLimits().maxTrackedClients());
    }

    @Bean
    ViolationRecords violationRecords(ObjectProvider<RedisConnectionManager> redis, MyApiProperties settings, Clock clock) {
        RedisConnectionManager manager = redis.getIfAvailable();
        return manager != null
                ? new RedisViolationRecords(manager, IdentityConfiguration.REDIS_PREFIX)
                : new InProcessViolationRecords(clock, settings.rateLimits().maxTrackedClients());
    }

    @Bean
    IpBanStore ipBanStore(ObjectProvider<RedisConnectionManager> redis) {
        RedisConnectionManager manager = redis.getIfAvailable();
        return manager != null ? new RedisIpBanStore(manager, IdentityConfiguration.REDIS_PREFIX) : new InProcessIpBanStore();
    }

    @Bean
    AbuseSettings abuseSettings(MyApiProperties settings) {
        MyApiProperties.RateLimits limits = settings.rateLimits();
        return new AbuseSettings(limits.penaltyBase(), limits.penaltyMax(), limits.violationWindow(), limits.banAfterViolations(),
                limits.banDuration());
    }

    @Bean
    RateLimitService rateLimitService(RateLimitBuckets buckets, ViolationRecords violations, IpBanStore bans, AbuseSettings settings,
            SecurityEvents events, Clock clock) {
        return new RateLimitService(buckets, violations, bans, settings, events, clock);
    }

    @Bean
    IpBanService ipBanService(IpBanStore bans, ViolationRecords violations, AbuseSettings settings, SecurityEvents events, Clock clock) {
        return new IpBanService(bans, violations, settings, events, clock);
    }

    @Bean
    AccountLoginThrottle accountLoginThrottle(RateLimitBuckets buckets, MyApiProperties settings) {
        return new AccountLoginThrottle(buckets, new Budget("login-account", settings.rateLimits().loginPerAccount()));
    }

    @Bean
    RateLimitBudgets rateLimitBudgets(MyApiProperties settings) {
        MyApiProperties.RateLimits limits = settings.rateLimits();
        Map<String, Budget> tiers = new LinkedHashMap<>();
        limits.tiers().forEach((name, limit) -> tiers.put(name, new Budget("tier-" + name, limit)));
        return new RateLimitBudgets(new Budget("anonymous", limits.anonymous()), new Budget("authenticated", limits.authenticated()),
                tiers, new Budget("login", limits.login()), new Budget("csp-reports", limits.cspReports()),
                new Budget("refused-credentials", limits.refusedCredentials()));
    }

    @Bean
    SubscriptionTierService subscriptionTierService(UserRepository users, MyApiProperties settings, SecurityEvents events, Clock clock) {
        return new SubscriptionTierService(users, new CaffeineSubscriptionTierCache(settings.rateLimits().maxTrackedClients(),
                TIER_CACHE_LIFETIME, clock), settings.rateLimits().tiers().keySet(), events, clock);
    }

    @Bean
    TrustedProxies trustedProxies(MyApiProperties settings) {
        return new TrustedProxies(settings.security().trustedProxies(), settings.security().forwardedHeader());
    }
}
