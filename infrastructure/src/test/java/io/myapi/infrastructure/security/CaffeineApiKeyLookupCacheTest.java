package io.myapi.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.apikey.ApiKeyId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The verified-key cache forgets on revocation and after its lifetime, on the injected clock. */
class CaffeineApiKeyLookupCacheTest {

    private static final ApiKeyId KEY = ApiKeyId.parse("01ARZ3NDEKTSV4RRFFQ69G5FAV");

    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    private final InstantSource clock = () -> now;

    @Test
    @Tag("R11.1")
    void aVerificationIsRememberedForItsLifetimeOnly() {
        CaffeineApiKeyLookupCache cache = new CaffeineApiKeyLookupCache(100, Duration.ofMinutes(10), clock);
        cache.remember("digest", KEY);

        now = now.plus(Duration.ofMinutes(9));
        assertThat(cache.find("digest")).contains(KEY);
        now = now.plus(Duration.ofMinutes(2));
        assertThat(cache.find("digest")).isEmpty();
    }

    @Test
    @Tag("R37.4")
    void forgettingAKeyDropsEveryDigestVerifiedAgainstIt() {
        CaffeineApiKeyLookupCache cache = new CaffeineApiKeyLookupCache(100, Duration.ofMinutes(10), clock);
        cache.remember("digest-a", KEY);
        cache.remember("digest-b", ApiKeyId.parse("01BX5ZZKBKACTAV9WEVGEMMVRZ"));

        cache.forget(KEY);

        assertThat(cache.find("digest-a")).isEmpty();
        assertThat(cache.find("digest-b")).isPresent();
    }
}
