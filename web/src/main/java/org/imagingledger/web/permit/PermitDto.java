package org.imagingledger.web.permit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.projections.permit.PermitState;
import org.imagingledger.projections.permit.PermitView;

/**
 * A permit as the API shows it; purpose codes are DUO ids with their shorthands beside them.
 * {@code status} is the state now: NOT_YET_VALID before the validity begins (decisions deny then
 * too), otherwise the recorded status.
 */
record PermitDto(
        String id,
        String requestId,
        String holder,
        List<String> members,
        List<String> datasets,
        List<String> operations,
        List<String> purposeCodes,
        List<String> purposeLabels,
        String disease,
        boolean commercial,
        boolean forProfit,
        boolean methodsDevelopment,
        List<String> conditions,
        Instant validFrom,
        Instant validUntil,
        PermitState status,
        String statusReason,
        boolean expiringSoon,
        long uses,
        long flaggedUses,
        Instant issuedAt,
        Instant updatedAt) {

    static PermitDto of(PermitView v, Instant now, Duration soon) {
        return new PermitDto(
                v.getPermitId(),
                v.getRequestId(),
                v.getHolder(),
                v.getMembers(),
                v.getDatasets(),
                v.getOperations(),
                v.getPurpose().getCodes(),
                v.getPurpose().getCodes().stream().map(DuoTerms::label).toList(),
                v.getPurpose().getDisease(),
                v.getPurpose().isCommercial(),
                v.getPurpose().isForProfit(),
                v.getPurpose().isMethodsDevelopment(),
                v.getConditions(),
                v.getValidFrom(),
                v.getValidUntil(),
                v.stateAt(now),
                v.getStatusReason(),
                v.isExpiringSoon(now, soon),
                v.getUses(),
                v.getFlaggedUses(),
                v.getIssuedAt(),
                v.getUpdatedAt());
    }
}
