package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;

/**
 * The purpose check of one requested dataset, as the active policy answered it: the revision,
 * whether it allows the purpose ({@code allow}, true only for {@code COMPATIBLE}), the outcome,
 * reasons and obligations, and what made it run. The latest check of a dataset is the one that
 * counts at approval.
 */
public record PurposeCheckRecorded(
        String requestId,
        String datasetId,
        String revision,
        boolean allow,
        PurposeCheckOutcome outcome,
        List<PolicyItem> reasons,
        List<PolicyItem> obligations,
        PurposeCheckTrigger trigger,
        String actor,
        Instant at) {}
