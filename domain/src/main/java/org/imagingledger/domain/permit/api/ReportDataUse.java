package org.imagingledger.domain.permit.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A node reports one use of its data under a permit: which tool (and version) did which
 * operation on how many subjects of a dataset, from startedAt to endedAt.
 */
public record ReportDataUse(
        @TargetAggregateIdentifier String permitId,
        String useId,
        String nodeId,
        String datasetId,
        String tool,
        String toolVersion,
        String operation,
        long subjects,
        Instant startedAt,
        Instant endedAt,
        String actor,
        Instant at) {}
