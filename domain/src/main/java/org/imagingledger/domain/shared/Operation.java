package org.imagingledger.domain.shared;

/** What a permit may allow a team to do with a dataset. Images stay at the node except for DOWNLOAD. */
public enum Operation {
    FEDERATED_TRAINING,
    FEDERATED_INFERENCE,
    FEDERATED_BENCHMARKING,
    FEDERATED_ANALYSIS,
    DOWNLOAD
}
