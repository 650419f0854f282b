package org.imagingledger.domain.catalogue.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RetireDataset(@TargetAggregateIdentifier String datasetId, String reason, String actor, Instant at) {}
