package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A request returned for changes went back to the DAC: a new review round and a new deadline. */
public record AccessRequestResubmitted(
        String requestId,
        String applicant,
        List<String> datasets,
        Map<String, String> nodeApprovals,
        Instant deadline,
        String actor,
        Instant at) {}
