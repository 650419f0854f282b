package org.imagingledger.domain.policy.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishPolicyBundle(
        @TargetAggregateIdentifier String revision,
        String sha256,
        long sizeBytes,
        String note,
        String actor,
        Instant at) {}
