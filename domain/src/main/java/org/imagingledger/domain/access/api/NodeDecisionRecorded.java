package org.imagingledger.domain.access.api;

import java.time.Instant;

public record NodeDecisionRecorded(
        String requestId, String datasetId, String nodeId, boolean agreed, String comment, String actor, Instant at) {}
