package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;

/**
 * The chair kept a dataset although its purpose check failed: the revision and the reason
 * codes of the failed check it overrides, and the chair's reason. Shown to auditors and carried
 * into exports and into the permit.
 */
public record PurposeCheckOverridden(
        String requestId,
        String datasetId,
        String revision,
        List<String> failedReasons,
        String reason,
        String actor,
        Instant at) {}
