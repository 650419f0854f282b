package org.imagingledger.application.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.imagingledger.application.audit.VerificationReport.Finding;
import org.imagingledger.application.ops.LedgerMetrics;
import org.imagingledger.audit.integrity.Checkpoint;
import org.imagingledger.audit.integrity.Ed25519Keys;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.RootAccumulator;
import org.imagingledger.audit.integrity.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Recomputes the log's tree from the stored events, in one streaming pass beside the leaf
 * records, and reports every difference: against the leaf records (which event, what kind of
 * change) and against every signed checkpoint (whose roots it recomputes). Runs every
 * ledger.audit.verification-interval (default one hour) and on demand; the last result is kept
 * and published as the metrics ledger.audit.verification.findings and .runs.
 */
@Service
public class VerificationService {

    private static final Logger log = LoggerFactory.getLogger(VerificationService.class);
    private static final int MAX_LISTED = 200;

    private final EventLog events;
    private final LeafLog leaves;
    private final LedgerTree tree;
    private final CheckpointService checkpoints;
    private final LedgerKey key;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final VerificationRunRepository reports;
    private final ObjectMapper json;
    private final Counter runs;

    VerificationService(
            EventLog events,
            LeafLog leaves,
            LedgerTree tree,
            CheckpointService checkpoints,
            LedgerKey key,
            JdbcTemplate jdbc,
            Clock clock,
            VerificationRunRepository reports,
            ObjectMapper json,
            MeterRegistry metrics,
            LedgerMetrics ledgerMetrics) {
        this.reports = reports;
        this.json = json;
        this.events = events;
        this.leaves = leaves;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.key = key;
        this.jdbc = jdbc;
        this.clock = clock;
        ledgerMetrics.gauge(
                "ledger.audit.verification.findings",
                "Mismatches the last verification of the event log found (0 = intact; NaN before the first)",
                () -> reports.findFirstByOrderByFinishedAtDesc()
                        .map(r -> (Number) r.getTotalFindings())
                        .orElse(Double.NaN));
        ledgerMetrics.checkpointAge(checkpoints::latestTime, clock);
        runs = Counter.builder("ledger.audit.verification.runs")
                .description("Verifications of the event log")
                .register(metrics);
    }

    /** The last report, whichever instance ran it; null before the first run. */
    public VerificationReport last() {
        return reports.findFirstByOrderByFinishedAtDesc()
                .map(r -> {
                    try {
                        return json.readValue(r.getReport(), VerificationReport.class);
                    } catch (IOException e) {
                        throw new IllegalStateException("a stored verification report cannot be read", e);
                    }
                })
                .orElse(null);
    }

    @Scheduled(
            fixedDelayString = "${ledger.audit.verification-interval:PT1H}",
            initialDelayString = "${ledger.audit.verification-interval:PT1H}")
    @SchedulerLock(name = "audit-verification", lockAtMostFor = "${ledger.audit.verification-lock-at-most-for:PT30M}")
    public void scheduled() {
        try {
            VerificationReport report = run();
            if (!report.ok()) {
                log.error(
                        "the event log fails verification: {} finding(s), first: {}",
                        report.totalFindings(),
                        report.findings().get(0));
            }
        } catch (RuntimeException e) {
            log.warn("verification did not run: {}", e.getMessage());
        }
    }

    public synchronized VerificationReport run() {
        tree.catchUp(); // hash what is new first, so that only changes to hashed events count
        Run run = new Run();
        List<CheckpointService.SignedCheckpoint> signed = checkpoints.list();
        for (CheckpointService.SignedCheckpoint c : signed) {
            run.checkSignature(c);
            run.bySize
                    .computeIfAbsent(c.checkpoint().size(), s -> new ArrayList<>())
                    .add(c);
        }
        long maxSize =
                signed.stream().mapToLong(c -> c.checkpoint().size()).max().orElse(0);
        events.read(-1, e -> leaves.read(r -> run.merge(e, r, maxSize)));
        VerificationReport report = new VerificationReport(
                clock.instant(),
                run.eventRoots.size(),
                run.leafRoots.size(),
                signed.size(),
                List.copyOf(run.findings),
                run.total);
        try {
            reports.save(new VerificationRun(
                    UUID.randomUUID().toString(), report.at(), report.totalFindings(), json.writeValueAsBytes(report)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        runs.increment();
        return report;
    }

    /** The state of one pass. */
    private final class Run {
        final Map<Long, List<CheckpointService.SignedCheckpoint>> bySize = new HashMap<>();
        final RootAccumulator eventRoots = new RootAccumulator();
        final RootAccumulator leafRoots = new RootAccumulator();
        final List<Finding> findings = new ArrayList<>();
        long total;

        void merge(Iterator<StoredEvent> stored, Iterator<LeafLog.Leaf> recorded, long maxSize) {
            StoredEvent e = stored.hasNext() ? stored.next() : null;
            LeafLog.Leaf r = recorded.hasNext() ? recorded.next() : null;
            while (r != null) {
                if (e == null) {
                    missing(r);
                    addLeaf(r);
                    r = recorded.hasNext() ? recorded.next() : null;
                    continue;
                }
                byte[] hash = e.leafHash();
                if (e.eventId().equals(r.eventId())) {
                    if (!Arrays.equals(hash, r.hash())) {
                        changed(e, r);
                    }
                    addEvent(hash);
                    addLeaf(r);
                    e = stored.hasNext() ? stored.next() : null;
                    r = recorded.hasNext() ? recorded.next() : null;
                } else if (globalIndexOf(r.eventId()) == null) {
                    add(
                            "DELETED",
                            r.leafIndex(),
                            r.globalIndex(),
                            r.eventId(),
                            "the event hashed as leaf " + r.leafIndex() + " (global index " + r.globalIndex()
                                    + ") is no longer stored");
                    addLeaf(r);
                    r = recorded.hasNext() ? recorded.next() : null;
                } else {
                    Long recordedLeaf = leafOf(e.eventId());
                    if (recordedLeaf == null) {
                        add(
                                "INSERTED",
                                eventRoots.size(),
                                e.globalIndex(),
                                e.eventId(),
                                "event " + e.globalIndex()
                                        + " was never hashed into the log, yet it sits among hashed events (at leaf "
                                        + eventRoots.size() + ")");
                        addEvent(hash);
                        e = stored.hasNext() ? stored.next() : null;
                    } else {
                        add(
                                "REORDERED",
                                eventRoots.size(),
                                e.globalIndex(),
                                e.eventId(),
                                "event " + e.eventId()
                                        + " was hashed as leaf " + recordedLeaf + " and is now stored at leaf "
                                        + eventRoots.size() + " (global index " + e.globalIndex() + ")");
                        addEvent(hash);
                        addLeaf(r);
                        e = stored.hasNext() ? stored.next() : null;
                        r = recorded.hasNext() ? recorded.next() : null;
                    }
                }
            }
            // events beyond the leaf records are new; they count only to reach a checkpoint's size
            while (e != null && eventRoots.size() < maxSize) {
                addEvent(e.leafHash());
                e = stored.hasNext() ? stored.next() : null;
            }
            for (Map.Entry<Long, List<CheckpointService.SignedCheckpoint>> c : bySize.entrySet()) {
                if (c.getKey() > eventRoots.size()) {
                    for (var cp : c.getValue()) {
                        add(
                                "CHECKPOINT_MISMATCH",
                                null,
                                null,
                                null,
                                "checkpoint " + cp.checkpointId() + " covers " + c.getKey() + " events; only "
                                        + eventRoots.size() + " are stored");
                    }
                }
            }
        }

        /** Same event id, different hash: moved (only the global index differs) or altered. */
        private void changed(StoredEvent e, LeafLog.Leaf r) {
            if (e.globalIndex() != r.globalIndex()) {
                StoredEvent asRecorded = new StoredEvent(
                        r.globalIndex(),
                        e.eventId(),
                        e.aggregateId(),
                        e.aggregateType(),
                        e.sequenceNumber(),
                        e.eventType(),
                        e.timestamp(),
                        e.payload(),
                        e.metadata());
                if (Arrays.equals(asRecorded.leafHash(), r.hash())) {
                    add(
                            "REORDERED",
                            r.leafIndex(),
                            e.globalIndex(),
                            e.eventId(),
                            "event " + e.eventId() + " moved from global index " + r.globalIndex() + " to "
                                    + e.globalIndex());
                    return;
                }
            }
            add(
                    "ALTERED",
                    r.leafIndex(),
                    e.globalIndex(),
                    e.eventId(),
                    "event " + e.globalIndex() + " ("
                            + e.eventType().substring(e.eventType().lastIndexOf('.') + 1) + ") no longer matches leaf "
                            + r.leafIndex() + ": its stored content changed");
        }

        private void missing(LeafLog.Leaf r) {
            Long now = globalIndexOf(r.eventId());
            add(
                    now == null ? "DELETED" : "REORDERED",
                    r.leafIndex(),
                    r.globalIndex(),
                    r.eventId(),
                    now == null
                            ? "the event hashed as leaf " + r.leafIndex() + " (global index " + r.globalIndex()
                                    + ") is no longer stored"
                            : "the event hashed as leaf " + r.leafIndex() + " is now stored at global index " + now);
        }

        private void addEvent(byte[] hash) {
            eventRoots.append(hash);
            for (var cp : bySize.getOrDefault(eventRoots.size(), List.of())) {
                if (!Arrays.equals(eventRoots.root(), cp.checkpoint().root())) {
                    add(
                            "CHECKPOINT_MISMATCH",
                            null,
                            null,
                            null,
                            "the stored events give root "
                                    + Hex.encode(eventRoots.root()) + " for the first " + eventRoots.size()
                                    + " events; checkpoint " + cp.checkpointId() + " signed "
                                    + cp.checkpoint().rootHex());
                }
            }
        }

        private void addLeaf(LeafLog.Leaf r) {
            leafRoots.append(r.hash());
            for (var cp : bySize.getOrDefault(leafRoots.size(), List.of())) {
                if (!Arrays.equals(leafRoots.root(), cp.checkpoint().root())) {
                    add(
                            "LEAF_RECORDS",
                            null,
                            null,
                            null,
                            "the leaf records give another root than checkpoint " + cp.checkpointId() + " for its "
                                    + leafRoots.size() + " events");
                }
            }
        }

        void checkSignature(CheckpointService.SignedCheckpoint c) {
            Checkpoint cp = c.checkpoint();
            boolean ok;
            try {
                ok = cp.keyId().equals(key.key().keyId())
                        && Ed25519Keys.verify(key.key().pair().getPublic(), cp.bytes(), c.signatureBytes());
            } catch (IllegalArgumentException e) {
                ok = false;
            }
            if (!ok) {
                add(
                        "CHECKPOINT_SIGNATURE",
                        null,
                        c.globalIndex(),
                        c.checkpointId(),
                        "checkpoint " + c.checkpointId() + " (event " + c.globalIndex()
                                + ") does not verify with the ledger's key "
                                + key.key().keyId());
            }
        }

        private void add(String kind, Long leaf, Long globalIndex, String eventId, String detail) {
            total++;
            if (findings.size() < MAX_LISTED) {
                findings.add(new Finding(kind, leaf, globalIndex, eventId, detail));
            }
        }
    }

    private Long globalIndexOf(String eventId) {
        List<Long> found = jdbc.queryForList(
                "select global_index from domain_event_entry where event_identifier = ?", Long.class, eventId);
        return found.isEmpty() ? null : found.get(0);
    }

    private Long leafOf(String eventId) {
        List<Long> found =
                jdbc.queryForList("select leaf_index from audit_leaf where event_id = ?", Long.class, eventId);
        return found.isEmpty() ? null : found.get(0);
    }
}
