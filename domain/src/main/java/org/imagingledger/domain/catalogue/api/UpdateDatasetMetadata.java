package org.imagingledger.domain.catalogue.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UpdateDatasetMetadata(
        @TargetAggregateIdentifier String datasetId, DatasetMetadata metadata, String actor, Instant at) {}
