package org.imagingledger.web.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.projections.consent.WithdrawalNoticeView;

/**
 * Ages in seconds: how long the notice waited, until acknowledged or until now; and when a webhook
 * first delivered it to its recipient (null when none did), with the seconds from the notice to that.
 */
record NoticeDto(
        String id,
        String consentId,
        RecipientKind recipientKind,
        String recipientId,
        String addressee,
        List<String> datasets,
        Instant issuedAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        boolean pending,
        long ageSeconds,
        Long timeToAcknowledgeSeconds,
        Instant pushedAt,
        Long secondsToPush) {

    static NoticeDto of(WithdrawalNoticeView v, Instant now, Instant pushedAt) {
        Duration tta = v.getTimeToAcknowledge();
        return new NoticeDto(
                v.getNoticeId(),
                v.getConsentId(),
                v.getRecipientKind(),
                v.getRecipientId(),
                v.getAddressee(),
                v.getDatasets(),
                v.getIssuedAt(),
                v.getAcknowledgedAt(),
                v.getAcknowledgedBy(),
                v.isPending(),
                v.ageAt(now).toSeconds(),
                tta == null ? null : tta.toSeconds(),
                pushedAt,
                pushedAt == null
                        ? null
                        : Duration.between(v.getIssuedAt(), pushedAt).toSeconds());
    }
}
