package org.imagingledger.domain.audit.api;

import java.time.Instant;
import java.util.Map;

/** Records that an auditor took an export package: the trail of the trail. */
public record RecordExport(
        String exportId,
        Map<String, String> filters,
        long events,
        long checkpointSize,
        String packageSha256,
        String actor,
        Instant at) {}
