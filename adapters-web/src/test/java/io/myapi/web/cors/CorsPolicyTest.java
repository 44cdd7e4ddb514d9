package io.myapi.web.cors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

/** Credentials only with listed origins; exact matching. */
class CorsPolicyTest {

    private static CorsConfiguration configuration(List<String> origins) {
        return new CorsPolicy(origins).source().getCorsConfiguration(new MockHttpServletRequest("GET", "/api/v1/products"));
    }

    @Test
    @Tag("R15.5")
    @Tag("R15.2")
    void credentialsGoOnlyWithExactListedOriginsNeverWithTheWildcard() {
        CorsConfiguration listed = configuration(List.of("https://shop.example.com"));
        CorsConfiguration wildcard = configuration(List.of("*"));

        assertThat(listed.getAllowCredentials()).isTrue();
        assertThat(listed.checkOrigin("https://shop.example.com")).isEqualTo("https://shop.example.com");
        assertThat(listed.checkOrigin("https://SHOP.example.com.evil.example")).isNull();
        assertThat(listed.checkOrigin("https://evil-shop.example.com")).isNull();
        assertThat(listed.getAllowedOriginPatterns()).isNullOrEmpty();
        assertThat(wildcard.getAllowCredentials()).isFalse();
    }
}
