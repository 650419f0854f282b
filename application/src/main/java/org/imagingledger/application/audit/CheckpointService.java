package org.imagingledger.application.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.audit.integrity.Checkpoint;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.SigningKey;
import org.imagingledger.domain.audit.api.CheckpointRecorded;
import org.imagingledger.domain.audit.api.RecordCheckpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Signs checkpoints of the log and records each as a CheckpointRecorded event: every
 * ledger.audit.checkpoint-interval (default 10 minutes) when the log has grown, and on demand.
 * A checkpoint's own event falls outside it (it is the next leaf), and a log that grew only by
 * checkpoints is not checkpointed again.
 */
@Service
public class CheckpointService {

    static final String SYSTEM_ACTOR = "system:checkpoints";
    private static final Logger log = LoggerFactory.getLogger(CheckpointService.class);

    private final LedgerTree tree;
    private final LedgerKey key;
    private final AuditProperties properties;
    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    CheckpointService(
            LedgerTree tree,
            LedgerKey key,
            AuditProperties properties,
            CommandGateway commands,
            JdbcTemplate jdbc,
            ObjectMapper json,
            Clock clock) {
        this.tree = tree;
        this.key = key;
        this.properties = properties;
        this.commands = commands;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A recorded checkpoint with its signature (hex) and the global index of its event. */
    public record SignedCheckpoint(Checkpoint checkpoint, String signature, String checkpointId, long globalIndex) {
        byte[] signatureBytes() {
            return Hex.decode(signature);
        }
    }

    public SignedCheckpoint record(String actor) {
        SigningKey signer = key.key();
        Checkpoint checkpoint = tree.read(t -> Checkpoint.of(
                properties.origin(), t, t.size(), clock.instant().truncatedTo(ChronoUnit.MILLIS), signer.keyId()));
        String signature = Hex.encode(signer.sign(checkpoint.bytes()));
        String id = "cp-" + checkpoint.size() + "-" + checkpoint.time().toEpochMilli();
        commands.sendAndWait(new RecordCheckpoint(
                id,
                checkpoint.size(),
                checkpoint.rootHex(),
                checkpoint.keyId(),
                checkpoint.text(),
                signature,
                actor,
                checkpoint.time()));
        return find(id).orElseThrow();
    }

    @Scheduled(
            fixedDelayString = "${ledger.audit.checkpoint-interval:PT10M}",
            initialDelayString = "${ledger.audit.checkpoint-interval:PT10M}")
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "${ledger.audit.checkpoint-lock-at-most-for:PT10M}")
    public void scheduled() {
        try {
            tree.catchUp();
            long last = latest().map(c -> c.checkpoint().size()).orElse(-1L);
            if (tree.sizeAfterLastEvent() > last) {
                record(SYSTEM_ACTOR);
            }
        } catch (RuntimeException e) {
            log.warn("scheduled checkpoint not recorded: {}", e.getMessage());
        }
    }

    /** When the last checkpoint was recorded: read backwards from the newest event, so it stays cheap. */
    public Optional<Instant> latestTime() {
        List<String> times = jdbc.queryForList(
                "select time_stamp from domain_event_entry where payload_type = ? order by global_index desc limit 1",
                String.class,
                CheckpointRecorded.class.getName());
        return times.stream().findFirst().map(Instant::parse);
    }

    public List<SignedCheckpoint> list() {
        return jdbc.query(
                "select global_index, payload from domain_event_entry where payload_type = ? "
                        + "order by global_index",
                (rs, i) -> toCheckpoint(rs.getLong(1), rs.getBytes(2)),
                CheckpointRecorded.class.getName());
    }

    /** One page of the signed checkpoints, in log order or newest first, with the total. */
    public Page<SignedCheckpoint> page(PageParams page, boolean newestFirst) {
        Long total = jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type = ?",
                Long.class,
                CheckpointRecorded.class.getName());
        List<SignedCheckpoint> rows = jdbc.query(
                "select global_index, payload from domain_event_entry where payload_type = ? order by global_index "
                        + (newestFirst ? "desc" : "asc") + " limit ? offset ?",
                (rs, i) -> toCheckpoint(rs.getLong(1), rs.getBytes(2)),
                CheckpointRecorded.class.getName(),
                page.size(),
                (long) page.page() * page.size());
        return new PageImpl<>(rows, page.pageable(), total == null ? 0 : total);
    }

    public Optional<SignedCheckpoint> latest() {
        List<SignedCheckpoint> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<SignedCheckpoint> find(String checkpointId) {
        return list().stream()
                .filter(c -> c.checkpointId().equals(checkpointId))
                .findFirst();
    }

    public Optional<SignedCheckpoint> bySize(long size) {
        return list().stream().filter(c -> c.checkpoint().size() == size).reduce((a, b) -> b);
    }

    /**
     * Reads the event as stored. A tampered checkpoint event must not stop the verification that
     * is to report it: what cannot be read becomes a checkpoint that fails its signature check.
     */
    private SignedCheckpoint toCheckpoint(long globalIndex, byte[] payload) {
        CheckpointRecorded e;
        try {
            e = json.readValue(payload, CheckpointRecorded.class);
        } catch (IOException unreadable) {
            return unreadable(globalIndex, "unreadable-" + globalIndex, 0, null);
        }
        try {
            return new SignedCheckpoint(Checkpoint.parse(e.text()), e.signature(), e.checkpointId(), globalIndex);
        } catch (IllegalArgumentException | NullPointerException bad) {
            return unreadable(globalIndex, e.checkpointId(), e.treeSize(), e.at());
        }
    }

    private static SignedCheckpoint unreadable(long globalIndex, String id, long size, Instant at) {
        Checkpoint broken = new Checkpoint(
                "(unreadable)", Math.max(size, 0), new byte[32], at == null ? Instant.EPOCH : at, "unreadable");
        return new SignedCheckpoint(broken, "00".repeat(64), id, globalIndex);
    }

    public Instant now() {
        return clock.instant();
    }
}
