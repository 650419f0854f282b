package org.imagingledger.domain.permit.api;

import java.time.Instant;

public record DataUseReported(
        String permitId,
        String useId,
        String nodeId,
        String datasetId,
        String tool,
        String toolVersion,
        String operation,
        long subjects,
        Instant startedAt,
        Instant endedAt,
        String actor,
        Instant at) {}
