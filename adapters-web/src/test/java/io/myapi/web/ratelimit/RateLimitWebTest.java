package io.myapi.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.web.support.ProblemAssertions;
import io.myapi.web.support.PeerRequests;
import io.myapi.web.support.WebTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** The RateLimit headers and the refusals' shape through the real filter chain (the admission is a stand-in). */
@WebMvcTest
@ContextConfiguration(classes = WebTestApplication.class)
class RateLimitWebTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse call(String peer, String path, String... headers) throws Exception {
        return PeerRequests.getFrom(mvc, peer, path, headers);
    }

    @Test
    @Tag("R16.2")
    void allowedResponsesCarryTheBudgetThatApplied() throws Exception {
        MockHttpServletResponse anonymous = call("198.51.100.20", "/api/test/items/1");
        MockHttpServletResponse authenticated = call("198.51.100.20", "/api/test/items/1",
                "Authorization", "Bearer " + WebTestApplication.CUSTOMER_TOKEN);

        assertThat(anonymous.getHeader("RateLimit-Policy")).isEqualTo("\"anonymous\";q=1000;w=60");
        assertThat(anonymous.getHeader("RateLimit")).isEqualTo("\"anonymous\";r=999;t=1");
        assertThat(authenticated.getHeader("RateLimit-Policy")).isEqualTo("\"authenticated\";q=5000;w=60");
        assertThat(authenticated.getHeader("Retry-After")).isNull();
    }

    @Test
    @Tag("R1.5")
    @Tag("R16.2")
    void aSpentBudgetIs429ProblemJsonWithRetryAfterRoundedUp() throws Exception {
        MockHttpServletResponse refused = call(WebTestApplication.LIMITED_IP, "/api/test/items/1");

        ProblemAssertions.assertProblem(refused, 429, "RATE_LIMITED");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refused.getHeader("RateLimit")).isEqualTo("\"anonymous\";r=0;t=30");
        assertThat(refused.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    @Tag("R16.3")
    void aRefusedCredentialIsChargedToItsAddressBeforeTheRefusal() throws Exception {
        MockHttpServletResponse guessing = call(WebTestApplication.LIMITED_IP, "/api/test/items/1", "X-API-Key", "guess");

        ProblemAssertions.assertProblem(guessing, 429, "RATE_LIMITED");
    }

    @Test
    @Tag("R16.6")
    void aBannedAddressIs403WithTheBansRemainingTime() throws Exception {
        MockHttpServletResponse banned = call(WebTestApplication.BANNED_IP, "/api/test/items/1");

        ProblemAssertions.assertProblem(banned, 403, "IP_BANNED");
        assertThat(banned.getHeader("Retry-After")).isEqualTo("600");
    }

    @Test
    @Tag("R16.6")
    void aBanFollowsTheClientThroughATrustedProxy() throws Exception {
        MockHttpServletResponse banned = call("10.0.0.5", "/api/test/items/1", "X-Forwarded-For", WebTestApplication.BANNED_IP);

        ProblemAssertions.assertProblem(banned, 403, "IP_BANNED");
    }

    @Test
    @Tag("R16.6")
    void healthProbesAreNeverThrottledOrBanned() throws Exception {
        MockHttpServletResponse probe = call(WebTestApplication.BANNED_IP, "/health/live");

        assertThat(probe.getStatus()).isNotEqualTo(403);
        assertThat(probe.getHeader("RateLimit")).isNull();
    }
}
