package org.imagingledger.domain.catalogue.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraws the node's token without a new one (a demonstration token outside the demo, a leak). */
public record RevokeNodeToken(@TargetAggregateIdentifier String nodeId, String reason, String actor, Instant at) {}
