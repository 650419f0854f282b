package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The node holding a dataset that needs its approval agrees or declines, once per dataset. */
public record RecordNodeDecision(
        @TargetAggregateIdentifier String requestId,
        String nodeId,
        String datasetId,
        boolean agreed,
        String comment,
        String actor,
        Instant at) {}
