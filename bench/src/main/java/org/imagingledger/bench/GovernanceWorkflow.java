package org.imagingledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One round of governance work, 13 accepted commands: a researcher drafts and submits a request,
 * the chair assigns two reviewers, both vote, the chair approves (which issues a permit), the
 * holding node records two consents, reports three data uses under the permit, one subject
 * withdraws (notices go to the node and to the permits covering the dataset), and the chair
 * revokes the permit at the end of the project.
 */
final class GovernanceWorkflow {

    private static final String CHAIR = Api.basic("bench.chair");
    private static final String MEMBER1 = Api.basic("bench.member1");
    private static final String MEMBER2 = Api.basic("bench.member2");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Api api;
    private final List<String> datasets;
    private final Map<String, String> tokenOfDataset;

    private GovernanceWorkflow(Api api, List<String> datasets, Map<String, String> tokenOfDataset) {
        this.api = api;
        this.datasets = datasets;
        this.tokenOfDataset = tokenOfDataset;
    }

    /** The same workflow, sent to another ledger instance (on the same database). */
    GovernanceWorkflow via(Api other) {
        return new GovernanceWorkflow(other, datasets, tokenOfDataset);
    }

    /** Four nodes in three countries with two datasets each (not timed). */
    static GovernanceWorkflow setUp(Api api) {
        String admin = Api.basic("bench.admin");
        List<String> datasets = new ArrayList<>();
        Map<String, String> tokens = new HashMap<>();
        String[] countries = {"IT", "ES", "NL", "IT"};
        for (int n = 0; n < countries.length; n++) {
            JsonNode node = api.post(
                    "/nodes",
                    Map.of("id", "bench-node-" + n, "name", "Bench node " + n, "country", countries[n]),
                    admin);
            String token = node.get("token").asText();
            for (int d = 0; d < 2; d++) {
                String id = "bench-ds-" + n + "-" + d;
                api.post(
                        "/datasets",
                        Map.of(
                                "id",
                                id,
                                "metadata",
                                Map.of(
                                        "title",
                                        "Bench cohort " + id,
                                        "cancerType",
                                        "MONDO:0008903",
                                        "modalities",
                                        List.of("CT"),
                                        "subjects",
                                        500,
                                        "cases",
                                        800),
                                "conditions",
                                Map.of("codes", List.of(d == 0 ? "GRU" : "HMB")),
                                "nodeApprovalRequired",
                                false),
                        Api.bearer(token));
                datasets.add(id);
                tokens.put(id, token);
            }
        }
        return new GovernanceWorkflow(api, datasets, tokens);
    }

    void run(int client, Recorder recorder) {
        long round = SEQUENCE.incrementAndGet();
        String researcher = Api.basic("bench.researcher" + client);
        String dataset = datasets.get((int) (round % datasets.size()));
        String node = Api.bearer(tokenOfDataset.get(dataset));
        Instant now = Instant.now();

        String request = timed(
                        recorder,
                        () -> api.post(
                                "/access-requests",
                                Map.of(
                                        "title",
                                        "Federated nodule detection " + round,
                                        "datasets",
                                        List.of(dataset),
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
                                        "summary",
                                        "Train a nodule detector across nodes without moving images.",
                                        "operations",
                                        List.of("FEDERATED_TRAINING"),
                                        "periodFrom",
                                        now.toString(),
                                        "periodUntil",
                                        now.plus(Duration.ofDays(365)).toString(),
                                        "team",
                                        List.of()),
                                researcher))
                .get("id")
                .asText();
        String path = "/access-requests/" + request;
        timed(recorder, () -> api.post(path + "/submit", null, researcher));
        timed(
                recorder,
                () -> api.post(
                        path + "/reviewers", Map.of("reviewers", List.of("bench.member1", "bench.member2")), CHAIR));
        timed(recorder, () -> api.post(path + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), MEMBER1));
        timed(recorder, () -> api.post(path + "/votes", Map.of("vote", "APPROVE", "comment", "fine"), MEMBER2));
        String permit = timed(
                        recorder,
                        () -> api.post(
                                path + "/decision",
                                Map.of(
                                        "outcome",
                                        "APPROVE",
                                        "conditions",
                                        List.of("Publish results"),
                                        "validFrom",
                                        now.minus(Duration.ofDays(1)).toString(),
                                        "validUntil",
                                        now.plus(Duration.ofDays(365)).toString()),
                                CHAIR))
                .get("permitId")
                .asText();

        String withdrawing = null;
        for (int s = 0; s < 2; s++) {
            String pseudonym = "PSN-" + round + "-" + s;
            String consent = timed(
                            recorder,
                            () -> api.post(
                                    "/consents",
                                    Map.of(
                                            "pseudonym",
                                            pseudonym,
                                            "datasets",
                                            List.of(dataset),
                                            "purposes",
                                            List.of("HMB")),
                                    node))
                    .get("id")
                    .asText();
            withdrawing = consent;
        }
        for (int u = 0; u < 3; u++) {
            Instant end = now.minus(Duration.ofMinutes(10L * (u + 1)));
            timed(
                    recorder,
                    () -> api.post(
                            "/data-uses",
                            Map.of(
                                    "permitId",
                                    permit,
                                    "datasetId",
                                    dataset,
                                    "tool",
                                    "nnU-Net",
                                    "toolVersion",
                                    "2.5",
                                    "operation",
                                    "FEDERATED_TRAINING",
                                    "subjects",
                                    120,
                                    "startedAt",
                                    end.minus(Duration.ofMinutes(5)).toString(),
                                    "endedAt",
                                    end.toString()),
                            node));
        }
        String consent = withdrawing;
        timed(recorder, () -> api.post("/consents/" + consent + "/withdraw", null, node));
        timed(recorder, () -> api.post("/permits/" + permit + "/revoke", Map.of("reason", "project ended"), CHAIR));
    }

    private static JsonNode timed(Recorder recorder, java.util.function.Supplier<JsonNode> call) {
        long start = System.nanoTime();
        JsonNode result = call.get();
        recorder.record(System.nanoTime() - start);
        return result;
    }
}
