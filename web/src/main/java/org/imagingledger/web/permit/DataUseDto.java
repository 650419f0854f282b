package org.imagingledger.web.permit;

import java.time.Instant;
import java.util.List;
import org.imagingledger.projections.permit.DataUseView;

record DataUseDto(
        String id,
        String permitId,
        String nodeId,
        String datasetId,
        String tool,
        String toolVersion,
        String operation,
        long subjects,
        Instant startedAt,
        Instant endedAt,
        Instant reportedAt,
        boolean flagged,
        List<String> reasons) {

    static DataUseDto of(DataUseView v) {
        return new DataUseDto(
                v.getUseId(),
                v.getPermitId(),
                v.getNodeId(),
                v.getDatasetId(),
                v.getTool(),
                v.getToolVersion(),
                v.getOperation(),
                v.getSubjects(),
                v.getStartedAt(),
                v.getEndedAt(),
                v.getReportedAt(),
                v.isFlagged(),
                v.getReasons());
    }
}
