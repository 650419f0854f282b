package org.imagingledger.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.opa.OpaProcess;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.imagingledger.web.support.Problems.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The purpose check follows the policy in force: activating a revision re-checks every open
 * request, and a permit is refused where it is issued whenever the active policy denies its
 * purpose on a dataset that no override keeps, whatever the recorded checks say; a revision
 * without the purpose-check entry point fails closed.
 */
class PurposeGuardTest extends DecisionTestSupport {

    private static final String BUILTIN = PolicyBundle.builtin().revision();

    @Autowired
    private PlatformTransactionManager transactions;

    /** Publishes the approval in a transaction, as a command's unit of work would: it stands or falls whole. */
    private void issue(AccessRequestApproved approved) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventGateway.publish(approved));
    }

    private static final RequestPostProcessor ADMIN = as("greta.admin", Role.GOVERNANCE_ADMIN);
    private static final RequestPostProcessor CHAIR = as("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER);

    /** A revision that denies every decision and every purpose check, with both entry points. */
    private static byte[] moratorium(String revision, boolean withPurposeCheck) throws Exception {
        Path dir = Files.createTempDirectory("policy");
        Path pkg = Files.createDirectories(dir.resolve("imagingledger/access"));
        String deny =
                "{\"allow\": false, \"reasons\": [{\"code\": \"MORATORIUM\", \"message\": \"all access paused\"}],"
                        + " \"obligations\": []}";
        Files.writeString(
                pkg.resolve("decision.rego"),
                "package imagingledger.access\n\ndecision := " + deny + "\n"
                        + (withPurposeCheck ? "\npurpose_check := " + deny + "\n" : ""));
        return withPurposeCheck
                ? OpaProcess.build(
                        dir, revision, List.of("imagingledger/access/decision", "imagingledger/access/purpose_check"))
                : OpaProcess.build(dir, revision);
    }

    private void activate(byte[] bundle, String revision) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/policy-bundles")
                        .contentType("application/gzip")
                        .content(bundle)
                        .with(ADMIN))
                .andExpect(status().isCreated());
        post("/api/v1/policy-bundles/" + revision + "/impact?last=1", null, ADMIN); // activation needs a fresh analysis
        post("/api/v1/policy-bundles/" + revision + "/activate", null, ADMIN);
    }

    private String openRequest(String dataset) throws Exception {
        String applicant = unique("rita");
        register(applicant, Role.RESEARCHER);
        register("dora.dac", Role.DAC_MEMBER);
        register("dirk.dac", Role.DAC_MEMBER);
        register("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER);
        RequestPostProcessor researcher = as(applicant, Role.RESEARCHER);
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> content = Map.of(
                "title", "Segmentation benchmark",
                "datasets", List.of(dataset),
                "purpose",
                        Map.of(
                                "codes",
                                List.of("HMB"),
                                "commercial",
                                false,
                                "forProfit",
                                false,
                                "methodsDevelopment",
                                false),
                "summary", "Benchmark segmentation models without moving images.",
                "operations", List.of("FEDERATED_TRAINING"),
                "periodFrom", from.toString(),
                "periodUntil", from.plus(200, ChronoUnit.DAYS).toString(),
                "team", List.of());
        String id =
                post("/api/v1/access-requests", content, researcher).get("id").asText();
        post("/api/v1/access-requests/" + id + "/submit", null, researcher);
        post(
                "/api/v1/access-requests/" + id + "/reviewers",
                Map.of("reviewers", List.of("dora.dac", "dirk.dac")),
                CHAIR);
        post(
                "/api/v1/access-requests/" + id + "/votes",
                Map.of("vote", "APPROVE", "comment", "ok"),
                as("dora.dac", Role.DAC_MEMBER));
        post(
                "/api/v1/access-requests/" + id + "/votes",
                Map.of("vote", "APPROVE", "comment", "ok"),
                as("dirk.dac", Role.DAC_MEMBER));
        return id;
    }

    private JsonNode latestCheck(String id) throws Exception {
        return get("/api/v1/access-requests/" + id, CHAIR).get("purposeChecks").get(0);
    }

    /** A fictitious approval of a GRU dataset for an HMB purpose: the ledger issues its permit. */
    private AccessRequestApproved approval(String dataset, List<String> overridden) {
        Instant now = Instant.now();
        return new AccessRequestApproved(
                unique("ar"),
                unique("pm"),
                "rita",
                List.of(dataset),
                new ResearchPurpose(List.of("DUO:0000006"), null, false, false, false),
                List.of("FEDERATED_TRAINING"),
                List.of("rita"),
                now,
                now.plus(Duration.ofDays(30)),
                List.of(),
                overridden,
                List.of(),
                null,
                "carla.chair",
                now);
    }

    @Test
    void anActivatedRevisionRechecksOpenRequestsAndThePermitFollowsTheActivePolicy() throws Exception {
        String dataset = registerDataset(registerNode("IT"), List.of("GRU"), null, false);
        String id = openRequest(dataset);
        assertThat(latestCheck(id).get("outcome").asText()).isEqualTo("COMPATIBLE");
        String revision = "pause-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            activate(moratorium(revision, true), revision);
            JsonNode check = latestCheck(id);
            assertThat(check.get("outcome").asText()).isEqualTo("NOT_COMPATIBLE");
            assertThat(check.get("trigger").asText()).isEqualTo("POLICY_ACTIVATED");
            assertThat(check.get("revision").asText()).isEqualTo(revision);
            assertThat(check.get("checkedBy").asText()).isEqualTo("greta.admin");
            assertThat(codes(check.get("reasons"))).containsExactly("MORATORIUM");

            long before = events();
            call(HttpMethod.POST, "/api/v1/access-requests/" + id + "/decision", approvalBody(), CHAIR)
                    .andExpect(problem(HttpStatus.CONFLICT, "no_dataset_left"));
            // whatever issues a permit, the active policy is asked where it is issued
            assertThatThrownBy(() -> issue(approval(dataset, List.of())))
                    .isInstanceOf(CommandRejected.class)
                    .satisfies(e -> assertThat(((CommandRejected) e).code()).isEqualTo("purpose_not_compatible"));
            assertThat(events()).isEqualTo(before);
            issue(approval(dataset, List.of(dataset)));
            assertThat(events()).isEqualTo(before + 2); // the approval and the permit it issued
        } finally {
            post(
                    "/api/v1/policy-bundles/" + BUILTIN + "/impact?last=1",
                    null,
                    ADMIN); // activation needs a fresh analysis
            post("/api/v1/policy-bundles/" + BUILTIN + "/activate", null, ADMIN);
        }
        assertThat(latestCheck(id).get("outcome").asText()).isEqualTo("COMPATIBLE");
        post("/api/v1/access-requests/" + id + "/decision", approvalBody(), CHAIR);
    }

    @Test
    void aRevisionWithoutThePurposeCheckFailsClosed() throws Exception {
        String dataset = registerDataset(registerNode("NL"), List.of("GRU"), null, false);
        String id = openRequest(dataset);
        String revision = "nocheck-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            activate(moratorium(revision, false), revision);
            JsonNode check = latestCheck(id);
            assertThat(check.get("outcome").asText()).isEqualTo("NOT_EVALUATED");
            assertThat(check.get("allow").asBoolean()).isFalse();
            assertThat(codes(check.get("reasons"))).containsExactly("NOT_EVALUATED");
            long before = events();
            assertThatThrownBy(() -> issue(approval(dataset, List.of()))).isInstanceOf(CommandRejected.class);
            assertThat(events()).isEqualTo(before);
        } finally {
            post(
                    "/api/v1/policy-bundles/" + BUILTIN + "/impact?last=1",
                    null,
                    ADMIN); // activation needs a fresh analysis
            post("/api/v1/policy-bundles/" + BUILTIN + "/activate", null, ADMIN);
        }
    }

    private static Map<String, Object> approvalBody() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return Map.of(
                "outcome", "APPROVE",
                "conditions", List.of(),
                "validFrom", from.toString(),
                "validUntil", from.plus(90, ChronoUnit.DAYS).toString());
    }
}
