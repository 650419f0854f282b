package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Submits (or resubmits) the request to the DAC. {@code nodeApprovals} maps each requested
 * dataset whose holding node must agree to that node's id; the application looks it up in the
 * catalogue, which the aggregate cannot see. {@code purposeChecks} holds the purpose check of
 * every requested dataset under the active policy, recorded with the submission;
 * {@code ethicsRequiredBy} names the requested datasets whose conditions carry IRB
 * (DUO:0000021): submission then needs an attached ethics approval.
 */
public record SubmitAccessRequest(
        @TargetAggregateIdentifier String requestId,
        Map<String, String> nodeApprovals,
        List<PurposeCheck> purposeChecks,
        List<String> ethicsRequiredBy,
        String actor,
        Instant at) {}
