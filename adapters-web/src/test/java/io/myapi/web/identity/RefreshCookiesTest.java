package io.myapi.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.shared.Secret;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The sealed refresh cookie: attributes, round trip, and refusal of anything not sealed by us. */
class RefreshCookiesTest {

    private static final Secret SECRET = Secret.of("cookie-test-key-6b1d3f5a7c9e2b4d6f8a0c2e4b6d8f1a");

    private final RefreshCookies cookies = new RefreshCookies(Optional.of(SECRET));

    private static MockHttpServletRequest requestWith(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(RefreshCookies.NAME, value));
        return request;
    }

    private static String valueOf(String setCookie) {
        return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }

    @Test
    @Tag("R28.2")
    void theCookieIsHostOnlySecureHttpOnlyStrictAndItsContentIsSealed() {
        String setCookie = cookies.issue("the.refresh.token", Duration.ofHours(24));

        assertThat(setCookie).startsWith("__Host-myapi-refresh=").contains("Path=/", "Secure", "HttpOnly", "SameSite=Strict", "Max-Age=86400")
                .doesNotContain("Domain", "the.refresh.token");
        assertThat(cookies.read(requestWith(valueOf(setCookie)))).map(Secret::reveal).contains("the.refresh.token");
        assertThat(valueOf(cookies.issue("the.refresh.token", Duration.ofHours(1)))).isNotEqualTo(valueOf(setCookie));
    }

    @Test
    @Tag("R28.5")
    void clearingExpiresTheCookie() {
        assertThat(cookies.clear()).startsWith("__Host-myapi-refresh=;").contains("Max-Age=0", "Secure", "HttpOnly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "forged", "AAAA", "not base64 !!", "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB"})
    void anythingWeDidNotSealIsIgnored(String value) {
        assertThat(cookies.read(requestWith(value))).isEmpty();
    }

    @Test
    @Tag("R29.3")
    void aTamperedCookieOrOneSealedWithAnotherSecretIsIgnored() {
        String value = valueOf(cookies.issue("the.refresh.token", Duration.ofHours(1)));
        char last = value.charAt(value.length() - 2);
        String tampered = value.substring(0, value.length() - 2) + (last == 'A' ? 'B' : 'A') + value.charAt(value.length() - 1);
        RefreshCookies other = new RefreshCookies(Optional.of(Secret.of("another-cookie-key-9e7c5a3f1d8b6e4c2a0f9d7b5e3c1a8f")));

        assertThat(cookies.read(requestWith(tampered))).isEmpty();
        assertThat(other.read(requestWith(value))).isEmpty();
        assertThat(new RefreshCookies(Optional.empty()).enabled()).isFalse();
    }
}
