package org.imagingledger.domain.catalogue.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RotateNodeToken(@TargetAggregateIdentifier String nodeId, String tokenSha256, String actor, Instant at) {}
