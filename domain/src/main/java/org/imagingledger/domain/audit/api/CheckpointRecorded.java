package org.imagingledger.domain.audit.api;

import java.time.Instant;

public record CheckpointRecorded(
        String checkpointId,
        long treeSize,
        String rootHash,
        String keyId,
        String text,
        String signature,
        String actor,
        Instant at) {}
