package org.imagingledger.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.imagingledger.audit.integrity.Checkpoint;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.integrity.MerkleTree;
import org.imagingledger.audit.integrity.SigningKey;
import org.imagingledger.audit.integrity.StoredEvent;

/** A small ledger of stored events shaped like the domain's (payloads as Jackson writes them). */
final class SampleLedger {

    static final String CONSENT = "org.imagingledger.domain.consent.api.";
    static final String PERMIT = "org.imagingledger.domain.permit.api.";

    final List<StoredEvent> events = new ArrayList<>();
    final MerkleTree tree = new MerkleTree();
    final SigningKey key = SigningKey.of(Ed25519Keys.generate());

    static SampleLedger of(int n) {
        SampleLedger ledger = new SampleLedger();
        Instant t = Instant.parse("2026-01-15T09:00:00.123456Z");
        String[] nodes = {"node-it-naples", "node-nl-amsterdam"};
        for (int i = 0; i < n; i++) {
            String node = nodes[i % 2];
            String time = t.plus(i * 7L, ChronoUnit.HOURS).toString();
            switch (i % 4) {
                case 0 ->
                    ledger.add(
                            "ConsentAggregate",
                            "c-" + i,
                            CONSENT + "ConsentRecorded",
                            time,
                            "{\"consentId\":\"c-" + i + "\",\"nodeId\":\"" + node + "\",\"pseudonym\":\"PSN-" + i
                                    + "\",\"datasets\":[\"ds-" + node
                                    + "\"],\"purposes\":[\"DUO:0000006\"],\"disease\":null,"
                                    + "\"validUntil\":\"2027-01-01T00:00:00Z\",\"actor\":\"" + node + "\",\"at\":\""
                                    + time + "\"}");
                case 1 ->
                    ledger.add(
                            "ConsentAggregate",
                            "c-" + (i - 1),
                            CONSENT + "ConsentWithdrawn",
                            time,
                            "{\"consentId\":\"c-" + (i - 1) + "\",\"nodeId\":\"" + node + "\",\"pseudonym\":\"PSN-"
                                    + (i - 1) + "\",\"datasets\":[\"ds-" + node + "\"],\"actor\":\"" + node
                                    + "\",\"at\":\"" + time + "\"}");
                case 2 ->
                    ledger.add(
                            "PermitAggregate",
                            "p-" + i,
                            PERMIT + "PermitSuspended",
                            time,
                            "{\"permitId\":\"p-" + i
                                    + "\",\"reason\":\"audit \\\"finding\\\", état 1.5e3\",\"actor\":\"carla.chair\",\"at\":\""
                                    + time + "\"}");
                // the first of these is stored the way Axon stores an event published without an aggregate: no type
                default ->
                    ledger.add(
                            i == 3 ? null : "PermitAggregate",
                            "p-" + i,
                            PERMIT + "DataUseReported",
                            time,
                            "{\"permitId\":\"p-" + i + "\",\"useId\":\"u-" + i + "\",\"nodeId\":\"" + node
                                    + "\",\"datasetId\":\"ds-" + node + "\",\"subjects\":" + (i * 3) + ",\"actor\":\""
                                    + node
                                    + "\",\"at\":\"" + time + "\"}");
            }
        }
        return ledger;
    }

    static final String ACCESS = "org.imagingledger.domain.access.api.";

    /**
     * A request's decision-support events: a failed purpose check, the chair's override of it, an
     * attached document, and the approval that kept the dataset by the override.
     */
    static SampleLedger withDecisionSupport() {
        SampleLedger ledger = new SampleLedger();
        String at = "2026-02-01T10:00:00Z";
        ledger.add(
                "AccessRequest",
                "req-1",
                ACCESS + "DocumentAttached",
                at,
                "{\"requestId\":\"req-1\",\"documentId\":\"doc-1\",\"kind\":\"ETHICS_APPROVAL\","
                        + "\"fileName\":\"ethics.pdf\",\"mediaType\":\"application/pdf\",\"size\":1234,"
                        + "\"sha256\":\"" + "ab".repeat(32) + "\",\"actor\":\"rita\",\"at\":\"" + at + "\"}");
        ledger.add(
                "AccessRequest",
                "req-1",
                ACCESS + "PurposeCheckRecorded",
                at,
                "{\"requestId\":\"req-1\",\"datasetId\":\"ds-hmb\",\"revision\":\"builtin-1\",\"allow\":false,"
                        + "\"outcome\":\"NOT_COMPATIBLE\",\"reasons\":[{\"code\":\"DUO_NOT_HEALTH_RESEARCH\","
                        + "\"shorthand\":null,\"message\":\"HMB allows health research only\"}],\"obligations\":[],"
                        + "\"trigger\":\"SUBMISSION\",\"actor\":\"rita\",\"at\":\"" + at + "\"}");
        ledger.add(
                "AccessRequest",
                "req-1",
                ACCESS + "PurposeCheckOverridden",
                at,
                "{\"requestId\":\"req-1\",\"datasetId\":\"ds-hmb\",\"revision\":\"builtin-1\","
                        + "\"failedReasons\":[\"DUO_NOT_HEALTH_RESEARCH\"],\"reason\":\"agreed with the node's board\","
                        + "\"actor\":\"carla.chair\",\"at\":\"" + at + "\"}");
        ledger.add(
                "AccessRequest",
                "req-1",
                ACCESS + "AccessRequestApproved",
                at,
                "{\"requestId\":\"req-1\",\"permitId\":\"p-1\",\"datasets\":[\"ds-hmb\"],"
                        + "\"overriddenDatasets\":[\"ds-hmb\"],\"purposeExcluded\":[],\"actor\":\"carla.chair\","
                        + "\"at\":\"" + at + "\"}");
        return ledger;
    }

    void add(String aggregateType, String aggregateId, String type, String time, String payload) {
        StoredEvent e = new StoredEvent(
                events.size() + 1,
                UUID.nameUUIDFromBytes(payload.getBytes()).toString(),
                aggregateId,
                aggregateType,
                0,
                type,
                time,
                payload.getBytes(StandardCharsets.UTF_8),
                "{\"traceId\":\"t\"}".getBytes(StandardCharsets.UTF_8));
        events.add(e);
        tree.appendLeafHash(e.leafHash());
    }

    byte[] export(ExportFilter filter) throws IOException {
        Checkpoint cp =
                Checkpoint.of("ledger-test", tree, tree.size(), Instant.parse("2026-06-01T00:00:00Z"), key.keyId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter.write(
                events.iterator(),
                tree,
                cp,
                key.sign(cp.bytes()),
                key,
                new PackageInfo("exp-1", "aldo.auditor", Instant.parse("2026-06-01T00:00:01Z"), filter),
                out);
        return out.toByteArray();
    }
}
