package org.imagingledger.domain.consent.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the scope (datasets, purposes, disease, end) of a consent that is not withdrawn. */
public record ChangeConsentScope(
        @TargetAggregateIdentifier String consentId,
        List<String> datasets,
        List<String> purposes,
        String disease,
        Instant validUntil,
        String actor,
        Instant at) {}
