package org.imagingledger.domain.permit.api;

/** Why a reported data use falls outside its permit, judged at the time of use. */
public enum FlagReason {
    /** The dataset is not one the permit covers. */
    DATASET_NOT_COVERED,
    /** The operation is not one the permit allows. */
    OPERATION_NOT_COVERED,
    /** The use started before validFrom or went on past validUntil. */
    OUTSIDE_VALIDITY,
    /** The use overlapped a time when the permit was suspended. */
    DURING_SUSPENSION,
    /** The use went on after the permit was revoked. */
    AFTER_REVOCATION,
    /** The use went on past the end of a permit that has since expired. */
    AFTER_EXPIRY
}
