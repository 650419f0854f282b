package org.imagingledger.domain.policy.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a published revision the one that answers every new decision. */
public record ActivatePolicyBundle(
        @TargetAggregateIdentifier String revision, String previousRevision, String actor, Instant at) {}
