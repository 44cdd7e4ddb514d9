package io.myapi.web.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.myapi.domain.shared.Ulid;
import io.myapi.web.support.WebTestApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest
@ContextConfiguration(classes = WebTestApplication.class)
@WithMockUser
class CorrelationIdWebTest {

    @Autowired
    MockMvc mvc;

    @Test
    @Tag("R9.2")
    void acceptsAWellFormedIdEchoesItAndPutsItInTheMdc() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/test/correlation")
                .header("X-Correlation-ID", "req-2026.12.04_abc")).andReturn().getResponse();

        assertThat(response.getHeader("X-Correlation-ID")).isEqualTo("req-2026.12.04_abc");
        assertThat(response.getContentAsString()).contains("\"mdc\":\"req-2026.12.04_abc\"");
    }

    @ParameterizedTest
    @Tag("R9.2")
    @ValueSource(strings = {"short", "has space in it", "<script>alert(1)</script>", "line\r\nInjected: yes",
        "0123456789012345678901234567890123456789012345678901234567890123456789"})
    void replacesMalformedIdsWithAFreshUlid(String supplied) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/test/correlation")
                .header("X-Correlation-ID", supplied)).andReturn().getResponse();

        String id = response.getHeader("X-Correlation-ID");
        assertThat(id).isNotEqualTo(supplied);
        assertThat(Ulid.isValid(id)).isTrue();
        assertThat(response.getContentAsString()).contains(id);
    }

    @Test
    @Tag("R9.2")
    void generatesAnIdWhenNoneIsSent() throws Exception {
        String first = mvc.perform(get("/api/test/correlation")).andReturn().getResponse().getHeader("X-Correlation-ID");
        String second = mvc.perform(get("/api/test/correlation")).andReturn().getResponse().getHeader("X-Correlation-ID");
        assertThat(Ulid.isValid(first)).isTrue();
        assertThat(first).isNotEqualTo(second);
    }
}
