package org.imagingledger.web.consent;

import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.shared.DuoTerms;
import org.imagingledger.projections.consent.ConsentView;

record ConsentDto(
        String id,
        String nodeId,
        String pseudonym,
        List<String> datasets,
        List<String> purposes,
        List<String> purposeLabels,
        String disease,
        Instant validUntil,
        String status,
        int scopeChanges,
        Instant recordedAt,
        Instant updatedAt,
        Instant withdrawnAt,
        List<NoticeDto> notices) {

    static ConsentDto of(ConsentView v, List<NoticeDto> notices) {
        return new ConsentDto(
                v.getConsentId(),
                v.getNodeId(),
                v.getPseudonym(),
                v.getDatasets(),
                v.getPurposes(),
                v.getPurposes().stream().map(DuoTerms::label).toList(),
                v.getDisease(),
                v.getValidUntil(),
                v.getStatus(),
                v.getScopeChanges(),
                v.getRecordedAt(),
                v.getUpdatedAt(),
                v.getWithdrawnAt(),
                notices);
    }
}
