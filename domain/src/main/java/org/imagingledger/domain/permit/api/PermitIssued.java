package org.imagingledger.domain.permit.api;

import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.access.api.ResearchPurpose;

/**
 * A permit: datasets × purpose × operations × people × period. The holder is the applicant
 * and always one of the members. {@code overriddenDatasets} are the datasets granted only by the
 * chair's override of a failed purpose check (see the request's PurposeCheckOverridden events).
 */
public record PermitIssued(
        String permitId,
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
