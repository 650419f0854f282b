package org.imagingledger.application.audit;

import java.util.List;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Inclusion proofs of stored events and consistency proofs between recorded checkpoints. */
@Service
public class ProofService {

    public record InclusionProof(
            long globalIndex,
            String eventId,
            long leafIndex,
            String leafHash,
            long treeSize,
            String rootHash,
            String checkpointId,
            List<String> proof) {}

    public record ConsistencyProof(
            long fromSize,
            String fromRoot,
            String fromCheckpointId,
            long toSize,
            String toRoot,
            String toCheckpointId,
            List<String> proof) {}

    private final LedgerTree tree;
    private final CheckpointService checkpoints;
    private final JdbcTemplate jdbc;

    ProofService(LedgerTree tree, CheckpointService checkpoints, JdbcTemplate jdbc) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.jdbc = jdbc;
    }

    /** The proof of an event to the latest checkpoint, or to the checkpoint of the given size. */
    public InclusionProof inclusion(long globalIndex, Long checkpointSize) {
        tree.catchUp();
        List<Object[]> leaf = jdbc.query(
                "select leaf_index, event_id from audit_leaf where global_index = ?",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)},
                globalIndex);
        if (leaf.isEmpty()) {
            throw CommandRejected.notFound("event", Long.toString(globalIndex));
        }
        long leafIndex = (Long) leaf.get(0)[0];
        CheckpointService.SignedCheckpoint cp = checkpoint("checkpoint", checkpointSize);
        if (leafIndex >= cp.checkpoint().size()) {
            throw CommandRejected.state(
                    ErrorCodes.NOT_IN_CHECKPOINT,
                    "event " + globalIndex + " is not covered by checkpoint " + cp.checkpointId() + " ("
                            + cp.checkpoint().size() + " events): record a newer checkpoint");
        }
        return tree.read(t -> new InclusionProof(
                globalIndex,
                (String) leaf.get(0)[1],
                leafIndex,
                Hex.encode(t.leafHash(leafIndex)),
                cp.checkpoint().size(),
                cp.checkpoint().rootHex(),
                cp.checkpointId(),
                t.inclusionProof(leafIndex, cp.checkpoint().size()).stream()
                        .map(Hex::encode)
                        .toList()));
    }

    public ConsistencyProof consistency(long fromSize, long toSize) {
        if (toSize < fromSize) {
            throw CommandRejected.invalid("to", ErrorCodes.NOT_AFTER, "must not be smaller than from", "from");
        }
        CheckpointService.SignedCheckpoint from = checkpoint("from", fromSize);
        CheckpointService.SignedCheckpoint to = checkpoint("to", toSize);
        return tree.read(t -> new ConsistencyProof(
                fromSize,
                from.checkpoint().rootHex(),
                from.checkpointId(),
                toSize,
                to.checkpoint().rootHex(),
                to.checkpointId(),
                t.consistencyProof(fromSize, toSize).stream().map(Hex::encode).toList()));
    }

    private CheckpointService.SignedCheckpoint checkpoint(String field, Long size) {
        if (size == null) {
            return checkpoints
                    .latest()
                    .orElseThrow(() ->
                            CommandRejected.state(ErrorCodes.NO_CHECKPOINT, "no checkpoint has been recorded yet"));
        }
        return checkpoints
                .bySize(size)
                .orElseThrow(() -> CommandRejected.unprocessable(
                        field,
                        ErrorCodes.UNKNOWN_CHECKPOINT,
                        "no checkpoint of size " + size + " has been recorded",
                        size));
    }
}
