package org.imagingledger.domain.audit.api;

import java.time.Instant;
import java.util.Map;

public record ExportRecorded(
        String exportId,
        Map<String, String> filters,
        long events,
        long checkpointSize,
        String packageSha256,
        String actor,
        Instant at) {}
