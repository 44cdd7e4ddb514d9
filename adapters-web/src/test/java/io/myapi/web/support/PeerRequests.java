package io.myapi.web.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** GET requests from a chosen TCP peer, for the trusted-proxy and rate-limit slice tests. */
public final class PeerRequests {

    private PeerRequests() {
    }

    /**
     * Performs a GET.
     *
     * @param mvc the MockMvc of the slice
     * @param peer the peer address
     * @param path the path
     * @param headers name, value pairs
     * @return the response
     * @throws Exception if the call fails
     */
    public static MockHttpServletResponse getFrom(MockMvc mvc, String peer, String path, String... headers) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(r -> {
            r.setRemoteAddr(peer);
            return r;
        });
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
