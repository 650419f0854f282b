package org.imagingledger.domain.permit.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.imagingledger.domain.access.api.ResearchPurpose;

/**
 * Issues the permit an approved access request grants; sent by the ledger on approval.
 * {@code overriddenDatasets} are the datasets the chair kept by a recorded override of a failed
 * purpose check: for every other dataset the active policy must allow the permit's purpose,
 * which the application checks where this command is handled.
 */
public record IssuePermit(
        @TargetAggregateIdentifier String permitId,
        String requestId,
        String holder,
        List<String> datasets,
        ResearchPurpose purpose,
        List<String> operations,
        List<String> members,
        Instant validFrom,
        Instant validUntil,
        List<String> conditions,
        List<String> overriddenDatasets,
        String actor,
        Instant at) {}
