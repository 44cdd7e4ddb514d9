package io.myapi.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks the one problem+json shape every error must have. */
public final class ProblemAssertions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemAssertions() {
    }

    /**
     * Asserts the shape and returns the parsed body.
     *
     * @param response the response under test
     * @param status expected status
     * @param errorCode expected error_code
     * @return the body
     */
    public static JsonNode assertProblem(MockHttpServletResponse response, int status, String errorCode) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode json = JSON.readTree(body);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("error_code").asString()).isEqualTo(errorCode);
        assertThat(json.get("type").asString()).startsWith("urn:myapi:problem:");
        assertThat(json.get("title").asString()).isNotBlank();
        assertThat(json.get("detail").asString()).isNotBlank();
        assertThat(json.get("timestamp").asString()).isEqualTo(WebTestApplication.NOW.toString());
        assertThat(json.get("correlation_id").asString()).isEqualTo(response.getHeader("X-Correlation-ID")).isNotBlank();
        assertThat(body).doesNotContain("Exception", "java.", "at io.", "trace", "org.springframework");
        return json;
    }
}
