package org.imagingledger.domain.permit.api;

/** ACTIVE and SUSPENDED permits are live; REVOKED and EXPIRED are final. */
public enum PermitStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED;

    public boolean isLive() {
        return this == ACTIVE || this == SUSPENDED;
    }
}
