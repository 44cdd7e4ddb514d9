package io.myapi.web.headers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which headers go out on HTTPS and on the documentation page. */
class SecurityHeadersTest {

    @Test
    @Tag("R21.1")
    void httpsResponsesCarryHstsForAYearWithSubDomains() {
        MockHttpServletResponse secure = new MockHttpServletResponse();
        MockHttpServletResponse plain = new MockHttpServletResponse();

        SecurityHeaders.apply(secure, true, "/api/v1/products");
        SecurityHeaders.apply(plain, false, "/api/v1/products");

        assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    @Tag("R20.4")
    void theDocumentationPageMayLoadItsOwnScriptsButIsNeverFramed() {
        MockHttpServletResponse docs = new MockHttpServletResponse();
        MockHttpServletResponse api = new MockHttpServletResponse();

        SecurityHeaders.apply(docs, false, "/swagger-ui/index.html");
        SecurityHeaders.apply(api, false, "/api/v1/me");

        assertThat(docs.getHeader("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(api.getHeader("Content-Security-Policy")).startsWith("default-src 'none'").contains("frame-ancestors 'none'");
    }
}
