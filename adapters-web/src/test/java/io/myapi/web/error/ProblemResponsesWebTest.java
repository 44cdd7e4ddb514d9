package io.myapi.web.error;

import static io.myapi.web.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.myapi.web.support.WebTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@WebMvcTest
@ContextConfiguration(classes = WebTestApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class ProblemResponsesWebTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    @Tag("R2.1")
    @Tag("R2.3")
    void anonymousCallersGet401ProblemOnAnyNonPublicPathExistingOrNot() throws Exception {
        MockHttpServletResponse existing = call(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON).content("{}"));
        MockHttpServletResponse unknown = call(get("/api/v1/no-such-thing"));
        MockHttpServletResponse outside = call(get("/wp-admin/setup.php"));

        assertProblem(existing, 401, "AUTHENTICATION_REQUIRED");
        assertProblem(unknown, 401, "AUTHENTICATION_REQUIRED");
        assertProblem(outside, 401, "AUTHENTICATION_REQUIRED");
        assertThat(existing.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    @WithMockUser
    @Tag("R2.1")
    void authenticatedCallersGet403OnForbiddenRoutesAnd404ForUnknownPaths() throws Exception {
        assertProblem(call(get("/api/test/restricted")), 403, "ACCESS_DENIED");
        assertProblem(call(get("/internal/anything")), 404, "NOT_FOUND");
        assertProblem(call(get("/api/v1/no-such-thing")), 404, "NOT_FOUND");
    }

    @Test
    @WithMockUser
    @Tag("R2.1")
    void wrongMethodAcceptAndContentTypeAreProblems() throws Exception {
        MockHttpServletResponse wrongMethod = call(put("/api/test/echo").contentType(MediaType.APPLICATION_JSON).content("{}"));
        assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
        assertThat(wrongMethod.getHeader("Allow")).contains("POST");

        assertProblem(call(get("/api/test/secret").accept(MediaType.APPLICATION_XML)), 406, "NOT_ACCEPTABLE");
        assertProblem(call(post("/api/test/echo").contentType(MediaType.TEXT_PLAIN).content("hello")),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    @WithMockUser
    @Tag("R2.2")
    @Tag("R2.5")
    @Tag("R25.1")
    @Tag("R25.2")
    void unexpectedExceptionsAreLoggedInFullAndAnsweredGenerically(CapturedOutput output) throws Exception {
        MockHttpServletResponse response = call(get("/api/test/fail/unexpected"));

        JsonNode body = assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(body.get("detail").asString()).isEqualTo("An unexpected error occurred.");
        assertThat(response.getContentAsString()).doesNotContain("boom", "/etc/myapi", "alice", "root cause");
        assertThat(output.getAll())
                .contains("IllegalStateException", "boom at /etc/myapi/secret.key", "root cause", "at io.myapi.web.support.ProbeController");
    }

    @Test
    @WithMockUser
    @Tag("R25.4")
    void databaseErrorsAreGenericWithoutSqlOrTableNames() throws Exception {
        MockHttpServletResponse response = call(get("/api/test/fail/database"));

        JsonNode body = assertProblem(response, 500, "DATABASE_ERROR");
        assertThat(body.get("detail").asString()).isEqualTo("A database error occurred.");
        assertThat(response.getContentAsString()).doesNotContain("insert", "users", "email_key", "statement");
    }

    @Test
    @WithMockUser
    @Tag("R24.6")
    void exhaustedPoolAnswers503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = call(get("/api/test/fail/pool"));

        assertProblem(response, 503, "SERVICE_UNAVAILABLE");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).doesNotContain("myapi-db", "JDBC");
    }

    @Test
    @WithMockUser
    @Tag("R25.5")
    void fileSystemErrorsDoNotRevealPaths() throws Exception {
        MockHttpServletResponse response = call(get("/api/test/fail/storage"));

        assertProblem(response, 500, "STORAGE_ERROR");
        assertThat(response.getContentAsString()).doesNotContain("/var/lib", "uploads", ".png");
    }

    @Test
    @WithMockUser
    @Tag("R4.2")
    @Tag("R14.6")
    void malformedIdentifiersAndBadParametersAreFieldErrors() throws Exception {
        assertProblem(call(get("/api/test/items/not-a-ulid")), 400, "VALIDATION_FAILED");
        assertThat(call(get("/api/test/items/01arz3ndektsv4rrffq69g5fav")).getStatus()).isEqualTo(200);

        JsonNode tooBig = assertProblem(call(get("/api/test/page").param("limit", "1000")), 400, "VALIDATION_FAILED");
        assertThat(tooBig.at("/errors/0/field").asString()).isEqualTo("limit");
        JsonNode notNumber = assertProblem(call(get("/api/test/page").param("limit", "ten")), 400, "VALIDATION_FAILED");
        assertThat(notNumber.at("/errors/0/code").asString()).isEqualTo("invalid_type");
        JsonNode missing = assertProblem(call(get("/api/test/page")), 400, "VALIDATION_FAILED");
        assertThat(missing.at("/errors/0/code").asString()).isEqualTo("required");
    }
}
