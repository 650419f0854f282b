package org.imagingledger.web.needtoknow;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The README's role tables are the specification: every endpoint and page is called as every
 * role (and the API as a node that is not the record's own) and the answer must be what the
 * table says; every endpoint and page the application serves must be in a table.
 */
class RoleTableTest extends DecisionTestSupport {

    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE) ([^`]+)` \\|(.*)\\|\\s*$");
    private static final List<String> API_COLUMNS =
            List.of("researcher", "member", "chair", "auditor", "admin", "node", "passport", "other");
    private static final List<String> PAGE_COLUMNS =
            List.of("researcher", "member", "chair", "auditor", "admin", "operator", "passport");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Row(String method, String path, Map<String, String> cells) {}

    @Test
    void everyEndpointAndPageAnswersEachRoleAsTheReadmeSays() throws Exception {
        List<Row> api = new ArrayList<>();
        List<Row> pages = new ArrayList<>();
        read(api, pages);
        assertThat(api).hasSizeGreaterThan(60);
        assertThat(pages).hasSizeGreaterThan(15);
        assertTablesCoverTheApplication(api, pages);

        Fixture f = fixture();
        Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
        callers.put("researcher", as(f.applicant, Role.RESEARCHER));
        callers.put("member", as(f.member, Role.DAC_MEMBER));
        callers.put("chair", as(f.chair, Role.DAC_CHAIR));
        callers.put("auditor", as("table.auditor", Role.AUDITOR));
        callers.put("admin", as("table.admin", Role.GOVERNANCE_ADMIN));
        callers.put("node", bearer(f.node.token()));
        callers.put("passport", as("table.passport", Role.PASSPORT_READER));
        // a person acting for the record's node, as the demo's configured operators and OIDC claims make them
        callers.put(
                "operator",
                user("table.operator")
                        .authorities(
                                new SimpleGrantedAuthority("ROLE_NODE"),
                                new SimpleGrantedAuthority("NODE_OPERATOR:" + f.node.id())));
        callers.put("other", bearer(f.otherNode.token()));

        List<String> differences = new ArrayList<>();
        for (Row row : api) {
            for (String column : API_COLUMNS) {
                check(row, column, callers.get(column), f, differences, true);
            }
        }
        for (Row row : pages) {
            for (String column : PAGE_COLUMNS) {
                check(row, column, callers.get(column), f, differences, false);
            }
        }
        assertThat(differences).as("differences from the README's role tables").isEmpty();
    }

    private void check(
            Row row, String column, RequestPostProcessor who, Fixture f, List<String> differences, boolean api)
            throws Exception {
        String cell = row.cells().get(column);
        String path = f.fill(row.path());
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path)
                .with(who)
                .with(csrf());
        if (row.method().equals("POST")
                && (row.path().endsWith("/documents") || row.path().equals("/api/v1/policy-bundles"))) {
            // the upload endpoints take multipart bodies only
            request.contentType("multipart/form-data; boundary=walk")
                    .content("--walk\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--walk--\r\n");
        } else if (!row.method().equals("GET") && !row.method().equals("DELETE")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String body = response.getContentAsString();
        boolean roleRefused = status == 403 && (!api || body.contains("\"role_forbids\""));
        String what = row.method() + " " + row.path() + " as " + column + " (" + cell + "): " + status;
        if (status >= 500) {
            differences.add(what + " — a server error");
        }
        switch (cell) {
            case "—" -> {
                if (!roleRefused) {
                    differences.add(what + ", expected 403 role_forbids");
                }
            }
            case "✓", "own" -> {
                if (roleRefused || status == 401) {
                    differences.add(what + ", expected the role to be let through");
                }
            }
            case "404" -> {
                if (status != 404) {
                    differences.add(what + ", expected 404");
                }
            }
            case "403" -> {
                if (status != 403) {
                    differences.add(what + ", expected 403");
                }
            }
            default -> differences.add(what + ": unknown cell " + cell);
        }
    }

    private static void read(List<Row> api, List<Row> pages) throws Exception {
        List<Row> current = null;
        for (String line : Files.readAllLines(Path.of("../README.md"))) {
            if (line.startsWith("| method and path | researcher | DAC member")) {
                current = api;
            } else if (line.startsWith("| page | researcher")) {
                current = pages;
            } else if (!line.startsWith("|")) {
                current = null;
            }
            Matcher m = ROW.matcher(line);
            if (current != null && m.matches()) {
                String[] cells = m.group(3).split("\\|");
                List<String> columns = current == api ? API_COLUMNS : PAGE_COLUMNS;
                assertThat(cells).as(line).hasSize(columns.size());
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    byColumn.put(columns.get(i), cells[i].strip());
                }
                current.add(new Row(m.group(1), m.group(2), byColumn));
            }
        }
    }

    private void assertTablesCoverTheApplication(List<Row> api, List<Row> pages) {
        Set<String> served = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            String type = e.getValue().getBeanType().getPackageName();
            if (!type.startsWith("org.imagingledger.web")) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    boolean isApi = pattern.startsWith("/api/") || pattern.startsWith("/.well-known/");
                    if (isApi || method.name().equals("GET")) {
                        served.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        served.remove("GET /login");
        Set<String> listed = new TreeSet<>();
        api.forEach(r -> listed.add(r.method() + " " + r.path()));
        pages.forEach(r -> listed.add(r.method() + " " + r.path()));
        assertThat(listed)
                .as("rows of the README's tables that the application does not serve")
                .isSubsetOf(served);
        assertThat(served)
                .as("endpoints and pages missing from the README's tables")
                .isSubsetOf(listed);
    }

    /** Records of one node (ids for the paths), another node, and the people who act on them. */
    private final class Fixture {
        final TestNode node;
        final TestNode otherNode;
        final String applicant = unique("table.rita");
        final String member = unique("table.dora");
        final String chair = unique("table.carla");
        final Map<String, String> ids = new HashMap<>();

        Fixture(TestNode node, TestNode otherNode) {
            this.node = node;
            this.otherNode = otherNode;
        }

        String fill(String template) {
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String before = template.substring(0, m.start());
                String collection = before.replaceAll("/$", "");
                collection = collection.substring(collection.lastIndexOf('/') + 1);
                String name = m.group(1);
                String id = name.equals("id")
                        ? ids.getOrDefault(collection, "no-such-" + collection)
                        : ids.getOrDefault(name, ids.getOrDefault(collection, "no-such-" + name));
                m.appendReplacement(out, Matcher.quoteReplacement(id));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    private Fixture fixture() throws Exception {
        Fixture f = new Fixture(registerNode("IE"), registerNode("DK"));
        register(f.applicant, Role.RESEARCHER);
        register(f.member, Role.DAC_MEMBER);
        register(f.chair, Role.DAC_CHAIR, Role.DAC_MEMBER);
        String dataset = registerDataset(f.node, List.of("GRU"), null, false);
        f.ids.put("datasets", dataset);
        // a node of its own for the node paths: rotating its token must not lock the walking node out
        f.ids.put("nodes", registerNode("IS").id());
        f.ids.put("datasetId", dataset);
        String request = post(
                        "/api/v1/access-requests",
                        Map.of(
                                "title", "Role table request",
                                "datasets", List.of(dataset),
                                "purpose",
                                        Map.of(
                                                "codes",
                                                List.of("GRU"),
                                                "commercial",
                                                false,
                                                "forProfit",
                                                false,
                                                "methodsDevelopment",
                                                false),
                                "summary", "A request to walk the role table with.",
                                "operations", List.of("FEDERATED_TRAINING"),
                                "periodFrom", "2027-01-01T00:00:00Z",
                                "periodUntil", "2028-01-01T00:00:00Z"),
                        as(f.applicant, Role.RESEARCHER))
                .get("id")
                .asText();
        post("/api/v1/access-requests/" + request + "/submit", null, as(f.applicant, Role.RESEARCHER));
        f.ids.put("access-requests", request);
        f.ids.put("permits", approve(f.applicant, List.of(dataset)));
        JsonNode consent = post(
                "/api/v1/consents",
                Map.of("pseudonym", unique("PSN"), "datasets", List.of(dataset), "purposes", List.of("GRU")),
                bearer(f.node.token()));
        f.ids.put("consents", consent.get("id").asText());
        JsonNode withdrawn =
                post("/api/v1/consents/" + consent.get("id").asText() + "/withdraw", null, bearer(f.node.token()));
        f.ids.put("noticeId", withdrawn.at("/notices/0/id").asText());
        f.ids.put(
                "decisions",
                decide(question(f.applicant, dataset, f.ids.get("permits"), List.of()), f.node)
                        .get("decisionId")
                        .asText());
        f.ids.put(
                "webhooks",
                post(
                                "/api/v1/webhooks",
                                Map.of(
                                        "url",
                                        "https://hooks.example.org/ledger",
                                        "eventTypes",
                                        List.of("permit.suspended")),
                                bearer(f.node.token()))
                        .at("/endpoint/id")
                        .asText());
        f.ids.put("revision", jdbc.queryForObject("select revision from policy_bundle_view limit 1", String.class));
        f.ids.put("user", f.applicant);
        f.ids.put("person", f.member);
        f.ids.put("aggregateId", request);
        return f;
    }
}
