package io.myapi.web.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter when the trusted proxies write RFC 7239 {@code Forwarded}. */
class ForwardedHeaderModeTest {

    private final ClientAddressFilter filter = new ClientAddressFilter(new TrustedProxies(List.of("10.0.0.0/8"), TrustedProxies.Header.FORWARDED));

    private ServletRequest seen(String peer, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/products");
        request.setRemoteAddr(peer);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
        return seen.get();
    }

    @Test
    @Tag("R16.3")
    void theRightmostUntrustedHopOfForwardedIsTheClientWithItsSchemeAndNoPort() throws Exception {
        ServletRequest request = seen("10.0.0.5", "Forwarded", "for=192.0.2.60;proto=http, for=\"[2001:db8::17]:4711\";proto=https",
                "X-Forwarded-For", "198.51.100.1", "X-Forwarded-Proto", "http");

        assertThat(request.getRemoteAddr()).isEqualTo("2001:db8:0:0:0:0:0:17");
        assertThat(request.isSecure()).isTrue();
    }

    @Test
    @Tag("R16.3")
    void aClientsOwnXForwardedForIsIgnoredWhenTheProxyWritesForwarded() throws Exception {
        ServletRequest request = seen("10.0.0.5", "X-Forwarded-For", "192.0.2.99", "Forwarded", "for=203.0.113.7");

        assertThat(request.getRemoteAddr()).isEqualTo("203.0.113.7");
        assertThat(seen("10.0.0.5", "X-Forwarded-For", "192.0.2.99").getRemoteAddr()).isEqualTo("10.0.0.5");
    }

    @Test
    @Tag("R16.3")
    void anUntrustedPeerKeepsItsOwnAddress() throws Exception {
        assertThat(seen("198.51.100.20", "Forwarded", "for=203.0.113.7;proto=https").getRemoteAddr()).isEqualTo("198.51.100.20");
    }
}
