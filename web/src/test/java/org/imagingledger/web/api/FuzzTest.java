package org.imagingledger.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.PermitTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded, seeded fuzz run over every write endpoint of the OpenAPI document: bodies with
 * fields missing, null, of the wrong type, huge, unknown codes and fields, malformed or deeply
 * nested JSON, wrong content types. No answer may be a 5xx, and a refused call writes no event.
 * The seed and the number of requests are {@code -Dfuzz.seed} and {@code -Dfuzz.requests}
 * (bench/ runs 10,000).
 */
class FuzzTest extends PermitTestSupport {

    static final long SEED = Long.getLong("fuzz.seed", 20261130L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 500);

    /** What one run found, for the test and for the benchmark's report. */
    record Report(
            int requests, int serverErrors, int strayEvents, Map<Integer, Integer> statuses, List<String> failures) {}

    @Test
    void noBadInputIsAnsweredWithAServerErrorOrWritesAnEvent() throws Exception {
        Report report = run(SEED, REQUESTS);
        // one line for bench/run.sh fuzz, which copies it into bench/results/fuzz.md
        System.out.printf(
                "fuzz report: %d requests, %d answers >= 500, %d refused calls that wrote an event; statuses %s%n",
                report.requests(), report.serverErrors(), report.strayEvents(), report.statuses());
        assertThat(report.requests()).isEqualTo(REQUESTS);
        assertThat(report.failures())
                .as("seed %d; statuses %s", SEED, report.statuses())
                .isEmpty();
        assertThat(report.serverErrors()).isZero();
        assertThat(report.strayEvents()).isZero();
        // the run must reach the endpoints, not bounce off authentication: most answers judge the body
        assertThat(report.statuses().getOrDefault(400, 0)).isGreaterThan(REQUESTS / 4);
        assertThat(report.statuses().getOrDefault(401, 0)).isZero();
    }

    Report run(long seed, int requests) throws Exception {
        TestNode node = registerNode("BE");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("fuzz.researcher", List.of(dataset));
        Map<String, String> known = new HashMap<>();
        // a node of its own for the node paths: rotating its token must not lock the fuzzing node out
        known.put("nodes", registerNode("LU").id());
        known.put("datasets", dataset);
        known.put("permits", permit);
        known.put(
                "access-requests",
                post(
                                "/api/v1/access-requests",
                                Map.of("title", "Fuzzed request", "datasets", List.of(dataset)),
                                as("fuzz.researcher", Role.RESEARCHER))
                        .get("id")
                        .asText());
        known.put(
                "policy-bundles", jdbc.queryForObject("select revision from policy_bundle_view limit 1", String.class));
        known.put("revision", known.get("policy-bundles"));

        Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (role != Role.NODE) {
                callers.put(role.name(), as("fuzz." + role.name().toLowerCase(), role));
            }
        }
        callers.put("node", bearer(node.token()));

        JsonNode openApi = json.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        ApiFuzzer fuzzer = new ApiFuzzer(seed, json, openApi, known);
        List<ApiFuzzer.Endpoint> endpoints = fuzzer.writeEndpoints();
        assertThat(endpoints).as("write endpoints in the OpenAPI document").hasSizeGreaterThan(20);

        // who gets past authorisation at each endpoint: the fuzzing then speaks as one of them
        Map<ApiFuzzer.Endpoint, List<String>> allowed = new HashMap<>();
        java.util.Random pick = new java.util.Random(seed);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        int serverErrors = 0;
        int stray = 0;
        for (int i = 0; i < requests; i++) {
            ApiFuzzer.Endpoint endpoint = endpoints.get(i % endpoints.size());
            List<String> who = allowed.computeIfAbsent(endpoint, e -> new ArrayList<>(callers.keySet()));
            String caller = who.get(pick.nextInt(who.size()));
            ApiFuzzer.Shot shot = fuzzer.next(endpoint);
            long before = events();
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                            org.springframework.http.HttpMethod.valueOf(shot.method()), shot.path())
                    .with(callers.get(caller))
                    .contentType(shot.contentType())
                    .content(shot.body());
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                failures.add(describe(shot, caller) + " threw " + e);
                continue;
            }
            int status = response.getStatus();
            statuses.merge(status, 1, Integer::sum);
            if (status == 403 && who.size() > 1) {
                who.remove(caller);
            }
            if (status >= 500) {
                serverErrors++;
                failures.add(describe(shot, caller) + " answered " + status + ": " + response.getContentAsString());
            }
            if ((status < 200 || status >= 300) && events() != before) {
                stray++;
                failures.add(describe(shot, caller) + " answered " + status + " but wrote " + (events() - before)
                        + " event(s)");
            }
        }
        return new Report(requests, serverErrors, stray, statuses, failures);
    }

    /** Counts the events a request could write; the checkpoint job's own events are not requests'. */
    @Override
    protected long events() {
        Long count = jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type not like '%CheckpointRecorded'",
                Long.class);
        return count == null ? 0 : count;
    }

    private static String describe(ApiFuzzer.Shot shot, String caller) {
        String body = new String(shot.body(), java.nio.charset.StandardCharsets.UTF_8);
        return shot.method() + " " + shot.path() + " as " + caller + " [" + shot.mutation() + ", " + shot.contentType()
                + "] " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }
}
