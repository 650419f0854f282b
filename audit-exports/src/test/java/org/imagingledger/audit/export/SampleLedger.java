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
