package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

/**
 * Registers a dataset held by a node. {@code nodeApprovalRequired} means the node must agree
 * to each access request for it, on top of the DAC.
 */
public record RegisterDataset(
        String datasetId,
        String nodeId,
        DatasetMetadata metadata,
        DataUseConditions conditions,
        boolean nodeApprovalRequired,
        String actor,
        Instant at) {}
