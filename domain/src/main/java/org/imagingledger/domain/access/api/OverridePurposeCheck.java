package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The chair keeps a dataset whose purpose check failed, giving the reason: without it approval
 * leaves the dataset out, and no permit is issued for it.
 */
public record OverridePurposeCheck(
        @TargetAggregateIdentifier String requestId, String datasetId, String reason, String actor, Instant at) {}
