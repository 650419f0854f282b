package org.imagingledger.projections.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.imagingledger.projections.IdList;

/** A withdrawal notice and, once there, its acknowledgement: time-to-acknowledge is a measured KPI. */
@Entity
@Table(name = "withdrawal_notice_view")
public class WithdrawalNoticeView {

    @Id
    @Column(length = 300)
    private String noticeId;

    @Column(nullable = false, length = 128)
    private String consentId;

    @Column(nullable = false, length = 16)
    private String recipientKind;

    @Column(nullable = false, length = 128)
    private String recipientId;

    @Column(nullable = false, length = 128)
    private String addressee;

    @Column(nullable = false, length = 4000)
    private String datasets;

    @Column(nullable = false)
    private Instant issuedAt;

    private Instant acknowledgedAt;

    @Column(length = 140)
    private String acknowledgedBy;

    /**
     * The list order as columns, so a page is one sorted query: pending notices first (rank 0),
     * oldest first; then acknowledged ones, most recently issued first.
     */
    private Integer listRank;

    private Long listOrder;

    protected WithdrawalNoticeView() {}

    WithdrawalNoticeView(WithdrawalNoticeIssued event) {
        noticeId = event.noticeId();
        consentId = event.consentId();
        recipientKind = event.recipientKind().name();
        recipientId = event.recipientId();
        addressee = event.addressee();
        datasets = IdList.join(event.datasets());
        issuedAt = event.at();
    }

    void acknowledge(String by, Instant at) {
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    @PrePersist
    @PreUpdate
    void rank() {
        listRank = isPending() ? 0 : 1;
        listOrder = isPending() ? issuedAt.toEpochMilli() : -issuedAt.toEpochMilli();
    }

    public boolean isPending() {
        return acknowledgedAt == null;
    }

    /** How long the notice waited: until its acknowledgement, or until now while pending. */
    public Duration ageAt(Instant now) {
        return Duration.between(issuedAt, acknowledgedAt != null ? acknowledgedAt : now);
    }

    /** Null while pending. */
    public Duration getTimeToAcknowledge() {
        return acknowledgedAt == null ? null : Duration.between(issuedAt, acknowledgedAt);
    }

    public String getNoticeId() {
        return noticeId;
    }

    public String getConsentId() {
        return consentId;
    }

    public RecipientKind getRecipientKind() {
        return RecipientKind.valueOf(recipientKind);
    }

    public String getRecipientId() {
        return recipientId;
    }

    public String getAddressee() {
        return addressee;
    }

    public List<String> getDatasets() {
        return IdList.split(datasets);
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
