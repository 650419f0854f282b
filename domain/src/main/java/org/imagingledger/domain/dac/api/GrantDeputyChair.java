package org.imagingledger.domain.dac.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A governance admin makes a DAC member a deputy chair. {@code appointmentId} is the
 * appointment's stream ({@code deputy-chair:<person>}, one per person), chosen by the ledger.
 */
public record GrantDeputyChair(
        @TargetAggregateIdentifier String appointmentId, String person, String actor, Instant at) {}
