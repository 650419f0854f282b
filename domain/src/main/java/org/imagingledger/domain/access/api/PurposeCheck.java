package org.imagingledger.domain.access.api;

import java.util.List;

/**
 * The purpose check of one requested dataset: the policy revision that answered (null when none
 * could), the outcome, the reasons (every failed rule on a deny; the reason for not evaluating)
 * and the obligations the applicant must meet on an allow.
 */
public record PurposeCheck(
        String datasetId,
        String revision,
        PurposeCheckOutcome outcome,
        List<PolicyItem> reasons,
        List<PolicyItem> obligations) {}
