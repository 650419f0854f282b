package org.imagingledger.web.decision;

import java.time.Instant;
import java.util.List;
import org.imagingledger.projections.decision.DecisionView;

/** A decision log entry; {@code replay} is where to re-evaluate it. */
record DecisionDto(
        String decisionId,
        String nodeId,
        String principal,
        String operation,
        String datasetId,
        String permitId,
        boolean allow,
        List<String> reasonCodes,
        String policyRevision,
        String engine,
        boolean engineFailed,
        Instant decidedAt,
        String replay) {

    static DecisionDto of(DecisionView v) {
        return new DecisionDto(
                v.getDecisionId(),
                v.getNodeId(),
                v.getPrincipal(),
                v.getOperation(),
                v.getDatasetId(),
                v.getPermitId(),
                v.isAllowed(),
                v.getReasonCodes(),
                v.getPolicyRevision(),
                v.getEngine(),
                v.isFailed(),
                v.getDecidedAt(),
                "/api/v1/decisions/" + v.getDecisionId() + "/replay");
    }
}
