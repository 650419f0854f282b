package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The applicant takes the request back; the reason is optional. */
public record WithdrawAccessRequest(
        @TargetAggregateIdentifier String requestId, String reason, String actor, Instant at) {}
