package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectAccessRequest(
        @TargetAggregateIdentifier String requestId, String reason, String actor, Instant at) {}
