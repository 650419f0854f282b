package org.imagingledger.projections.decision;

import java.time.Instant;

/**
 * Filters of the decision log; null means "any". {@code from} is inclusive and {@code to}
 * exclusive, so consecutive ranges never count a decision twice.
 */
public record DecisionFilter(
        String nodeId, String datasetId, String principal, Boolean allowed, Instant from, Instant to, String revision) {

    public static DecisionFilter none() {
        return new DecisionFilter(null, null, null, null, null, null, null);
    }

    public DecisionFilter forNode(String node) {
        return new DecisionFilter(node, datasetId, principal, allowed, from, to, revision);
    }
}
