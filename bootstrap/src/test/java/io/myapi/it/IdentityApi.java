package io.myapi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The identity endpoints as a client uses them, for end-to-end tests. */
final class IdentityApi {

    static final String PASSWORD = "Violet-Orbit-42-Tundra";
    static final String NEW_PASSWORD = "Amber-Comet-77-Glacier";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpProbe http;

    IdentityApi(int port) {
        this.http = new HttpProbe(port);
    }

    static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("error_code").asString()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "at io.", "org.springframework", "SELECT");
    }

    JsonNode register(String email) throws Exception {
        HttpResponse<String> response = http.send("POST", "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"display_name\":\"Sam Tester\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    HttpResponse<String> login(String email, String password) throws Exception {
        return http.send("POST", "/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    JsonNode loginOk(String email, String password) throws Exception {
        HttpResponse<String> response = login(email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    HttpResponse<String> refresh(String refreshToken) throws Exception {
        return http.send("POST", "/api/v1/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
    }

    HttpResponse<String> me(String accessToken) throws Exception {
        return http.send("GET", "/api/v1/me", null, "Authorization", "Bearer " + accessToken);
    }

    HttpResponse<String> withBearer(String method, String path, String body, String accessToken) throws Exception {
        return http.send(method, path, body, "Authorization", "Bearer " + accessToken);
    }
}
