package org.imagingledger.domain.dac.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeDeputyChair(
        @TargetAggregateIdentifier String appointmentId, String person, String reason, String actor, Instant at) {}
