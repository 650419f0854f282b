package org.imagingledger.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.security.NodePrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the API tests: the whole application on H2 (or, with {@link OnPostgres}, on a real
 * PostgreSQL), called through MockMvc. The database is shared by the test classes of one
 * context, so every test makes its own ids and counts events before and after.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApiTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected org.imagingledger.application.people.People people;

    /** Puts a person in the directory with these roles, as logging in or the configuration would. */
    protected void register(String subject, Role... roles) {
        java.util.Set<Role> set = java.util.EnumSet.noneOf(Role.class);
        set.addAll(java.util.Arrays.asList(roles));
        people.register(subject, subject, null, set, null, null);
    }

    /** A person with one role, named after it (e.g. "dac_chair"). */
    protected static RequestPostProcessor as(Role role) {
        return user(role.name().toLowerCase()).roles(role.name());
    }

    protected static RequestPostProcessor as(String username, Role... roles) {
        return user(username)
                .roles(java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new));
    }

    /** A node, by its real bearer token (goes through the token filter). */
    protected static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** A node, without a token: for checks of what a node may call. */
    protected static RequestPostProcessor asNode(String nodeId) {
        return authentication(new NodePrincipal(nodeId));
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected long events() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    protected ResultActions call(HttpMethod method, String path, Object body, RequestPostProcessor who)
            throws Exception {
        MockHttpServletRequestBuilder builder = request(method, path).with(who).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            builder.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String s ? s : json.writeValueAsString(body));
        }
        return mvc.perform(builder);
    }

    protected JsonNode post(String path, Object body, RequestPostProcessor who) throws Exception {
        String text = call(HttpMethod.POST, path, body, who)
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return text.isEmpty() ? json.nullNode() : json.readTree(text);
    }

    protected JsonNode get(String path, RequestPostProcessor who) throws Exception {
        return json.readTree(call(HttpMethod.GET, path, null, who)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** A registered node: its id and bearer token. */
    protected record TestNode(String id, String token) {}

    protected TestNode registerNode(String country) throws Exception {
        JsonNode created = post(
                "/api/v1/nodes",
                Map.of("id", unique("node"), "name", "Test hospital " + country, "country", country),
                as(Role.GOVERNANCE_ADMIN));
        return new TestNode(created.get("id").asText(), created.get("token").asText());
    }

    /** A dataset at the node, with the given DUO conditions (and disease for DS). */
    protected String registerDataset(TestNode node, List<String> codes, String disease, boolean nodeApproval)
            throws Exception {
        Map<String, Object> conditions = new java.util.HashMap<>();
        conditions.put("codes", codes);
        conditions.put("disease", disease);
        JsonNode created = post(
                "/api/v1/datasets",
                Map.of(
                        "id",
                        unique("ds"),
                        "metadata",
                        Map.of(
                                "title",
                                "Lung CT cohort",
                                "cancerType",
                                "MONDO:0008903",
                                "modalities",
                                List.of("CT"),
                                "subjects",
                                250,
                                "cases",
                                400),
                        "conditions",
                        conditions,
                        "nodeApprovalRequired",
                        nodeApproval),
                bearer(node.token()));
        return created.get("id").asText();
    }
}
