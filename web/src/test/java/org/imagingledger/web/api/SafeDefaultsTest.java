package org.imagingledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.imagingledger.web.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** Defaults a careless deployment must not be able to get wrong. */
@TestPropertySource(properties = "ledger.public-url=https://ledger.example.org")
class SafeDefaultsTest extends ApiTestSupport {

    @Test
    void theOpenApiServerUrlComesFromConfigurationNotFromTheHostHeader() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").header("Host", "attacker.example"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode doc = json.readTree(body);
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("https://ledger.example.org");
        assertThat(body).doesNotContain("attacker.example");
    }

    @Test
    void theLanguageCookieIsSameSiteLax() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        MockMvcRequestBuilders.get("/login").param("lang", "it"))
                .andReturn()
                .getResponse();
        assertThat(response.getHeaders("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("ledger-lang=").contains("SameSite=Lax"));
    }
}
