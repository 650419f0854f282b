package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the ledger's expiry job once a permit's validity has ended. */
public record ExpirePermit(@TargetAggregateIdentifier String permitId, String actor, Instant at) {}
