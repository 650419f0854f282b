package org.imagingledger.projections.permit;

import java.time.Instant;
import org.imagingledger.domain.permit.api.PermitStatus;

/**
 * A permit's state as people and the policy see it at a given time: its recorded status, except
 * that an active permit before the start of its validity is NOT_YET_VALID (the policy denies
 * with PERMIT_NOT_YET_VALID), and one past its end is EXPIRED (the policy denies with
 * PERMIT_PERIOD_ENDED; the expiry job records it within a minute).
 */
public enum PermitState {
    NOT_YET_VALID,
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED;

    public static PermitState of(PermitView permit, Instant now) {
        PermitStatus status = permit.getStatus();
        if (status == PermitStatus.ACTIVE) {
            if (permit.getValidFrom() != null && now.isBefore(permit.getValidFrom())) {
                return NOT_YET_VALID;
            }
            if (permit.getValidUntil() != null && !now.isBefore(permit.getValidUntil())) {
                return EXPIRED;
            }
        }
        return valueOf(status.name());
    }

    /** Active or suspended: it may still be changed (suspended, reinstated, extended, revoked). */
    public boolean isLive() {
        return this == NOT_YET_VALID || this == ACTIVE || this == SUSPENDED;
    }
}
