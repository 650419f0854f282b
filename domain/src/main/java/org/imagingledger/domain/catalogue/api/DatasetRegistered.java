package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

public record DatasetRegistered(
        String datasetId,
        String nodeId,
        DatasetMetadata metadata,
        DataUseConditions conditions,
        boolean nodeApprovalRequired,
        String actor,
        Instant at) {}
