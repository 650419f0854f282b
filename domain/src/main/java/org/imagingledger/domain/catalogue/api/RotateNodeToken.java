package org.imagingledger.domain.catalogue.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the node was issued a new token; the old one stops working. */
public record RotateNodeToken(@TargetAggregateIdentifier String nodeId, String actor, Instant at) {}
