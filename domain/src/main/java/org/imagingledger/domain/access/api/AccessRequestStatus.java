package org.imagingledger.domain.access.api;

/** Where an access request stands; SUBMITTED and UNDER_REVIEW are the open states the deadline runs in. */
public enum AccessRequestStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    RETURNED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The DAC owes a decision: the statutory deadline runs. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
