package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.imagingledger.application.shared.Role;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.opa.OpaProcess;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;
import static org.imagingledger.web.support.Problems.refused;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing, impact analysis, activation and replay across revisions, with bundles compiled
 * by the real opa CLI. The built-in revision is active again when the test ends.
 */
class PolicyVersionsTest extends DecisionTestSupport {

    private static final String BUILTIN = PolicyBundle.builtin().revision();

    private static byte[] bundle(String revision, String decisionRule) throws Exception {
        Path dir = Files.createTempDirectory("policy");
        Path pkg = Files.createDirectories(dir.resolve("imagingledger/access"));
        Files.writeString(pkg.resolve("decision.rego"), "package imagingledger.access\n\n" + decisionRule + "\n");
        return OpaProcess.build(dir, revision);
    }

    private ResultActions upload(byte[] bytes, Role role) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/policy-bundles")
                .param("note", "test")
                .contentType("application/gzip")
                .content(bytes)
                .with(as(role)));
    }

    @Test
    void publishImpactActivateAndReplayUnderTheRecordedRevision() throws Exception {
        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        String before = decide(question("rita", dataset, permit, List.of()), node)
                .get("decisionId")
                .asText();

        String revision = "moratorium-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] moratorium = bundle(revision, """
                decision := {"allow": false, "reasons": [{"code": "MORATORIUM", "message": "all access paused"}], "obligations": []}""");
        long events = events();
        upload(moratorium, Role.DAC_CHAIR).andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        JsonNode published = json.readTree(upload(moratorium, Role.GOVERNANCE_ADMIN)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(published.get("revision").asText()).isEqualTo(revision);
        assertThat(published.get("sha256").asText())
                .isEqualTo(PolicyBundle.read(moratorium).sha256());
        assertThat(published.get("active").asBoolean()).isFalse();
        assertThat(events()).isEqualTo(events + 1);
        upload(moratorium, Role.GOVERNANCE_ADMIN).andExpect(refused(HttpStatus.CONFLICT, "revision", "id_taken"));
        assertThat(events()).isEqualTo(events + 1);

        JsonNode impact = post("/api/v1/policy-bundles/" + revision + "/impact?last=50", null, as(Role.DAC_CHAIR));
        assertThat(impact.get("evaluated").asInt()).isPositive();
        assertThat(impact.get("changed").findValues("decisionId"))
                .extracting(JsonNode::asText)
                .contains(before);

        try {
            post(
                    "/api/v1/policy-bundles/" + revision + "/impact?last=1",
                    null,
                    as(Role.GOVERNANCE_ADMIN)); // activation needs a fresh analysis
            post("/api/v1/policy-bundles/" + revision + "/activate", null, as(Role.GOVERNANCE_ADMIN));
            JsonNode after = decide(question("rita", dataset, permit, List.of()), node);
            assertThat(after.get("allow").asBoolean()).isFalse();
            assertThat(codes(after.get("reasons"))).containsExactly("MORATORIUM");
            assertThat(after.get("policyRevision").asText()).isEqualTo(revision);

            JsonNode replay = get("/api/v1/decisions/" + before + "/replay", as(Role.AUDITOR));
            assertThat(replay.get("revision").asText()).isEqualTo(BUILTIN);
            assertThat(replay.get("identical").asBoolean()).isTrue();
            assertThat(replay.at("/replayed/allow").asBoolean()).isTrue();
            mvc.perform(MockMvcRequestBuilders.get("/api/v1/policy-bundles/active/bundle.tar.gz"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Policy-Revision", revision));
        } finally {
            post(
                    "/api/v1/policy-bundles/" + BUILTIN + "/impact?last=1",
                    null,
                    as(Role.GOVERNANCE_ADMIN)); // activation needs a fresh analysis
            post("/api/v1/policy-bundles/" + BUILTIN + "/activate", null, as(Role.GOVERNANCE_ADMIN));
        }
        assertThat(decide(question("rita", dataset, permit, List.of()), node)
                        .get("allow")
                        .asBoolean())
                .isTrue();
    }

    /**
     * Replacing the active revision needs an impact analysis of the candidate finished within 24
     * hours: without one, 409 impact_analysis_missing and nothing recorded; an analysis started in
     * the background reports its progress, then its summary by change, dataset and node.
     */
    @Test
    void activationNeedsARecentImpactAnalysisWhichRunsInTheBackground() throws Exception {
        TestNode node = registerNode("IT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        decide(question("rita", dataset, permit, List.of()), node);
        String revision = "pause-" + UUID.randomUUID().toString().substring(0, 8);
        upload(bundle(revision, """
                decision := {"allow": false, "reasons": [{"code": "PAUSED", "message": "paused"}], "obligations": []}"""), Role.GOVERNANCE_ADMIN).andExpect(status().isCreated());
        long events = events();
        call(
                        org.springframework.http.HttpMethod.POST,
                        "/api/v1/policy-bundles/" + revision + "/activate",
                        null,
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.CONFLICT, "impact_analysis_missing"));
        assertThat(events()).isEqualTo(events);

        JsonNode started = json.readTree(
                mvc.perform(MockMvcRequestBuilders.post("/api/v1/policy-bundles/" + revision + "/impact-analyses")
                                .param("last", "20")
                                .with(as(Role.AUDITOR)))
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(started.get("revision").asText()).isEqualTo(revision);
        assertThat(started.get("last").asInt()).isEqualTo(20);
        String id = started.get("id").asText();
        JsonNode analysis = get("/api/v1/policy-bundles/impact-analyses/" + id, as(Role.AUDITOR));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (analysis.get("status").asText().equals("RUNNING")) {
            assertThat(System.nanoTime()).as("the analysis finished").isLessThan(deadline);
            Thread.sleep(100);
            analysis = get("/api/v1/policy-bundles/impact-analyses/" + id, as(Role.AUDITOR));
        }
        assertThat(analysis.get("status").asText()).isEqualTo("FINISHED");
        int evaluated = analysis.at("/summary/evaluated").asInt();
        assertThat(evaluated).isPositive().isEqualTo(analysis.get("total").asInt());
        // every decision that was allowed is denied under the candidate, each counted by dataset and node too
        int allowToDeny = analysis.at("/summary/byChange/ALLOW_TO_DENY").asInt();
        assertThat(allowToDeny).isPositive();
        assertThat(analysis.at("/summary/byDataset/" + dataset + "/ALLOW_TO_DENY")
                        .asInt())
                .isEqualTo(1);
        assertThat(analysis.at("/summary/byNode/" + node.id() + "/ALLOW_TO_DENY")
                        .asInt())
                .isEqualTo(1);
        call(
                        org.springframework.http.HttpMethod.POST,
                        "/api/v1/policy-bundles/" + revision + "/impact-analyses",
                        null,
                        as(Role.RESEARCHER))
                .andExpect(problem(HttpStatus.FORBIDDEN, "role_forbids"));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/policy-bundles/" + revision + "/impact-analyses")
                        .param("last", "5001")
                        .with(as(Role.AUDITOR)))
                .andExpect(refused(HttpStatus.BAD_REQUEST, "last", "out_of_range"));
        try {
            JsonNode activated =
                    post("/api/v1/policy-bundles/" + revision + "/activate", null, as(Role.GOVERNANCE_ADMIN));
            assertThat(activated.get("active").asBoolean()).isTrue();
        } finally {
            post("/api/v1/policy-bundles/" + BUILTIN + "/impact?last=1", null, as(Role.GOVERNANCE_ADMIN));
            post("/api/v1/policy-bundles/" + BUILTIN + "/activate", null, as(Role.GOVERNANCE_ADMIN));
        }
    }

    @Test
    void unusableBundlesAreRefusedWithAReasonAndNothingRecorded() throws Exception {
        long events = events();
        upload("not a bundle".getBytes(), Role.GOVERNANCE_ADMIN)
                .andExpect(refused(HttpStatus.BAD_REQUEST, "bundle", "not_a_bundle"));
        byte[] permissive = bundle(
                "open-" + UUID.randomUUID().toString().substring(0, 8),
                "decision := {\"allow\": true, \"reasons\": [], \"obligations\": []}");
        upload(permissive, Role.GOVERNANCE_ADMIN)
                .andExpect(refused(HttpStatus.UNPROCESSABLE_ENTITY, "bundle", "bundle_allows_empty"));
        assertThat(events()).isEqualTo(events);
        call(
                        org.springframework.http.HttpMethod.POST,
                        "/api/v1/policy-bundles/" + BUILTIN + "/activate",
                        null,
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.CONFLICT, "already_active"));
        call(
                        org.springframework.http.HttpMethod.POST,
                        "/api/v1/policy-bundles/no-such-rev/activate",
                        null,
                        as(Role.GOVERNANCE_ADMIN))
                .andExpect(problem(HttpStatus.NOT_FOUND, "not_found"));
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void theActiveBundleCanBeDownloadedWithoutCredentialsAndCachedByEtag() throws Exception {
        byte[] body = mvc.perform(MockMvcRequestBuilders.get("/api/v1/policy-bundles/active/bundle.tar.gz"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Policy-Revision", BUILTIN))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PolicyBundle.read(body).revision()).isEqualTo(BUILTIN);
        String etag = "\"" + PolicyBundle.read(body).sha256() + "\"";
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/policy-bundles/active/bundle.tar.gz")
                        .header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        assertThat(get("/api/v1/policy-bundles", as(Role.AUDITOR)).findValues("revision"))
                .extracting(JsonNode::asText)
                .contains(BUILTIN);
    }
}
