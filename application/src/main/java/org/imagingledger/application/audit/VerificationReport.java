package org.imagingledger.application.audit;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of recomputing the tree from the stored events. Kinds of finding: ALTERED (an
 * event's content changed), DELETED (a hashed event is gone), INSERTED (an event that was never
 * hashed sits among hashed ones), REORDERED (an event moved), CHECKPOINT_MISMATCH (the stored
 * events no longer give a signed checkpoint's root), CHECKPOINT_SIGNATURE (a recorded checkpoint
 * does not verify), LEAF_RECORDS (the leaf records disagree with a signed checkpoint).
 */
public record VerificationReport(
        Instant at, long events, long leaves, int checkpoints, List<Finding> findings, long totalFindings) {

    public record Finding(String kind, Long leafIndex, Long globalIndex, String eventId, String detail) {}

    public boolean ok() {
        return totalFindings == 0;
    }
}
