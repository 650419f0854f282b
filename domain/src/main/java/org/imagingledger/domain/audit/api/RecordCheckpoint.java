package org.imagingledger.domain.audit.api;

import java.time.Instant;

/** Records a checkpoint the ledger signed: {@code text} is the exact signed message. */
public record RecordCheckpoint(
        String checkpointId,
        long treeSize,
        String rootHash,
        String keyId,
        String text,
        String signature,
        String actor,
        Instant at) {}
