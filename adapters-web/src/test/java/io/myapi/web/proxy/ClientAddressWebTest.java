package io.myapi.web.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.web.support.PeerRequests;
import io.myapi.web.support.WebTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The client address and scheme through the filter chain, with 10.0.0.0/8 trusted. */
@WebMvcTest
@ContextConfiguration(classes = WebTestApplication.class)
@WithMockUser
class ClientAddressWebTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse call(String peer, String... headers) throws Exception {
        return PeerRequests.getFrom(mvc, peer, "/api/test/client", headers);
    }

    @Test
    @Tag("R16.3")
    void anUntrustedPeerCannotChooseItsAddressOrScheme() throws Exception {
        MockHttpServletResponse response = call("198.51.100.20", "X-Forwarded-For", "203.0.113.1", "X-Forwarded-Proto", "https",
                "Forwarded", "for=203.0.113.2;proto=https");

        assertThat(response.getContentAsString()).contains("\"ip\":\"198.51.100.20\"").contains("\"secure\":false");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    @Tag("R16.3")
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() throws Exception {
        // The client forged the left-most entry; the proxies appended the real peer and themselves.
        MockHttpServletResponse response = call("10.0.0.5", "X-Forwarded-For", "192.0.2.66, 203.0.113.7, 10.0.0.9");

        assertThat(response.getContentAsString()).contains("\"ip\":\"203.0.113.7\"");
    }

    @Test
    @Tag("R21.1")
    void aTrustedTlsTerminatingProxyMakesTheRequestSecureAndGetsHsts() throws Exception {
        MockHttpServletResponse response = call("10.0.0.5", "X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");

        assertThat(response.getContentAsString()).contains("\"secure\":true");
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @Test
    @Tag("R16.3")
    void aClientsOwnForwardedHeaderIsIgnoredWhenTheProxyWritesXForwardedFor() throws Exception {
        // The proxy appends to X-Forwarded-For and passes the client's Forwarded header through.
        MockHttpServletResponse response = call("10.0.0.5", "Forwarded", "for=192.0.2.99;proto=https", "X-Forwarded-For", "203.0.113.7:51234");

        assertThat(response.getContentAsString()).contains("\"ip\":\"203.0.113.7\"").contains("\"secure\":false");
    }

    @Test
    @Tag("R16.3")
    void aHopThatIsNotAnAddressStopsAtTheLastTrustedHop() throws Exception {
        MockHttpServletResponse response = call("10.0.0.5", "X-Forwarded-For", "203.0.113.7, unknown, 10.0.0.9");

        assertThat(response.getContentAsString()).contains("\"ip\":\"10.0.0.9\"");
    }
}
