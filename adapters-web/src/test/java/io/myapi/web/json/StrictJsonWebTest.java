package io.myapi.web.json;

import static io.myapi.web.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.myapi.web.support.WebTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@WebMvcTest
@ContextConfiguration(classes = WebTestApplication.class)
@WithMockUser
class StrictJsonWebTest {

    private static final String VALID = """
            {"display_name": "Ada Lovelace", "quantity": 3, "active": true, "tags": ["a-1"],
             "nested": {"postal_code": "1000", "count": 2}}""";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse echo(String json) throws Exception {
        return mvc.perform(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    @Test
    @Tag("R1.1")
    @Tag("R14.1")
    void acceptsAWellFormedBodyAndAnswersInSnakeCase() throws Exception {
        MockHttpServletResponse response = echo(VALID);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"display_name\":\"Ada Lovelace\"", "\"postal_code\":\"1000\"");
    }

    @ParameterizedTest(name = "{0}")
    @Tag("R1.1")
    @Tag("R14.1")
    @Tag("R14.6")
    @Tag("R25.3")
    @Tag("R14.4")
    @CsvSource(delimiter = '|', value = {
        "string for int      | \"quantity\": 3                | \"quantity\": \"3\"               | quantity          | invalid_type",
        "float for int       | \"quantity\": 3                | \"quantity\": 3.5                 | quantity          | invalid_type",
        "int for boolean     | \"active\": true               | \"active\": 1                     | active            | invalid_type",
        "string for boolean  | \"active\": true               | \"active\": \"true\"              | active            | invalid_type",
        "number for string   | \"display_name\": \"Ada Lovelace\" | \"display_name\": 42          | display_name      | invalid_type",
        "null for primitive  | \"quantity\": 3                | \"quantity\": null                | quantity          | required",
        "unknown property    | \"active\": true               | \"active\": true, \"role\": \"ADMIN\" | role          | unknown_field",
        "java name           | \"display_name\": \"Ada Lovelace\" | \"displayName\": \"Ada\"      | displayName       | unknown_field",
        "nested unknown      | \"count\": 2                   | \"count\": 2, \"owner\": {\"id\": 1} | nested.owner   | unknown_field",
        "scalar for array    | \"tags\": [\"a-1\"]            | \"tags\": \"a-1\"                 | tags              | invalid_type",
        "int overflow        | \"quantity\": 3                | \"quantity\": 2147483648          | quantity          | invalid_type",
        "long as string      | \"count\": 2                   | \"count\": \"2\"                  | nested.count      | invalid_type",
    })
    void rejectsCoercionAndUnknownPropertiesNamingTheJsonField(String name, String valid, String invalid, String field,
            String code) throws Exception {
        String body = VALID.replace(valid.strip(), invalid.strip());
        assertThat(body).isNotEqualTo(VALID);

        JsonNode problem = assertProblem(echo(body), 400, "VALIDATION_FAILED");

        assertThat(problem.at("/errors/0/field").asString()).isEqualTo(field.strip());
        assertThat(problem.at("/errors/0/code").asString()).isEqualTo(code.strip());
    }

    @ParameterizedTest(name = "{0}")
    @Tag("R1.1")
    @Tag("R14.1")
    @Tag("R14.5")
    @CsvSource(delimiter = '|', value = {
        "not json            | {bad",
        "duplicate key       | DUPLICATE",
        "trailing tokens     | TRAILING",
        "array for object    | []",
        "empty body          | ''",
    })
    void rejectsMalformedDocuments(String name, String body) throws Exception {
        String document = switch (body) {
            case "DUPLICATE" -> VALID.replace("\"quantity\": 3", "\"quantity\": 3, \"quantity\": 4");
            case "TRAILING" -> VALID + " {\"quantity\": 4}";
            case "''" -> "";
            default -> body;
        };
        assertProblem(echo(document), 400, "MALFORMED_REQUEST");
    }

    @Test
    @Tag("R14.5")
    @Tag("R26.3")
    void rejectsNestingDeeperThan32() throws Exception {
        String deep = "[".repeat(40) + "]".repeat(40);
        String body = VALID.replace("\"tags\": [\"a-1\"]", "\"tags\": [], \"metadata\": {\"deep\": " + deep + "}");
        String shallow = VALID.replace("\"tags\": [\"a-1\"]", "\"tags\": [], \"metadata\": {\"deep\": "
                + "[".repeat(25) + "]".repeat(25) + "}");
        assertThat(echo(shallow).getStatus()).isEqualTo(200);

        JsonNode problem = assertProblem(echo(body), 400, "MALFORMED_REQUEST");
        assertThat(problem.get("detail").asString()).contains("structural limit");
    }

    @Test
    @Tag("R14.2")
    @Tag("R14.4")
    @Tag("R2.4")
    void beanValidationErrorsAreCollectedAndNamedAsJson() throws Exception {
        String body = VALID.replace("\"Ada Lovelace\"", "\"Ada\\u0000<script>\"")
                .replace("\"quantity\": 3", "\"quantity\": 0")
                .replace("[\"a-1\"]", "[\"a-1\", \"b\", \"c\", \"d\"]")
                .replace("\"postal_code\": \"1000\"", "\"postal_code\": \" \"");

        JsonNode problem = assertProblem(echo(body), 400, "VALIDATION_FAILED");

        assertThat(problem.get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("display_name", "quantity", "tags", "nested.postal_code");
        assertThat(problem.toString()).doesNotContain("<script>", "postalCode", "displayName");
    }

    @Test
    @Tag("R1.4")
    @Tag("R17.1")
    void secretsSerializeMasked() throws Exception {
        String body = mvc.perform(get("/api/test/secret")).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"password\":\"***\"").doesNotContain("hunter2");
    }

    @Test
    @Tag("R26.4")
    @Tag("R14.5")
    void anyArrayOfMoreThan1000ItemsIsRefusedBeforeTheDtosOwnRules() throws Exception {
        String items = String.join(",", java.util.Collections.nCopies(1001, "\"a\""));
        JsonNode problem = assertProblem(echo(VALID.replace("[\"a-1\"]", "[" + items + "]")), 400, "VALIDATION_FAILED");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("tags");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("too_many_items");
    }

    /** A request record with a secret, as the identity requests have. */
    record WithSecret(io.myapi.domain.shared.Secret password) {
    }

    @Test
    @Tag("R26.5")
    void secretsLongerThan1024CharactersAreRefusedWithoutBeingKept() {
        tools.jackson.databind.json.JsonMapper mapper = StrictJsonConfiguration.strictMapper();
        String ok = "{\"password\":\"" + "p".repeat(StrictJsonConfiguration.MAX_SECRET_LENGTH) + "\"}";
        String tooLong = "{\"password\":\"" + "p".repeat(StrictJsonConfiguration.MAX_SECRET_LENGTH + 1) + "\"}";

        assertThat(mapper.readValue(ok, WithSecret.class).password().reveal()).hasSize(StrictJsonConfiguration.MAX_SECRET_LENGTH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(tooLong, WithSecret.class))
                .isInstanceOfSatisfying(InputBoundException.class, e -> {
                    assertThat(e.violationCode()).isEqualTo("too_long");
                    assertThat(e.getMessage()).doesNotContain("ppppp");
                });
    }
}
