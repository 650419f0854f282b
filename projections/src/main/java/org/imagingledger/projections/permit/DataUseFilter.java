package org.imagingledger.projections.permit;

import java.time.Instant;

/** Filters of the data-use log; null means "any"; the time range bounds the start of the use. */
public record DataUseFilter(
        String permitId, String nodeId, String datasetId, boolean flaggedOnly, Instant from, Instant to) {

    public DataUseFilter forNode(String node) {
        return new DataUseFilter(permitId, node, datasetId, flaggedOnly, from, to);
    }
}
