package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The request went to the DAC; the statutory deadline runs from now. */
public record AccessRequestSubmitted(
        String requestId,
        String applicant,
        List<String> datasets,
        Map<String, String> nodeApprovals,
        Instant deadline,
        String actor,
        Instant at) {}
