package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The DAC chair approved the request. It carries the whole scope of the permit it issues
 * (permitId chosen by the ledger), so that the permit can be issued from this event alone:
 * datasets (those the holding nodes agreed to), purpose, operations, members (applicant and
 * team), validity and the conditions the DAC attached. {@code overriddenDatasets} are datasets
 * kept although their purpose check failed (each with its recorded override);
 * {@code purposeExcluded} the datasets left out because their check failed without one;
 * {@code reason} the chair's reason for approving (optional).
 *
 * <p>Revision 2 added {@code reason}; events stored before it are read through the upcaster
 * (application, config) with no reason.
 */
@Revision("2")
public record AccessRequestApproved(
        String requestId,
        String permitId,
        String applicant,
        List<String> datasets,
        ResearchPurpose purpose,
        List<String> operations,
        List<String> members,
        Instant validFrom,
        Instant validUntil,
        List<String> conditions,
        List<String> overriddenDatasets,
        List<String> purposeExcluded,
        String reason,
        String actor,
        Instant at) {}
