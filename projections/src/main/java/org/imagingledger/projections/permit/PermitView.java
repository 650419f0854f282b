package org.imagingledger.projections.permit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imagingledger.domain.permit.api.PermitIssued;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.projections.IdList;
import org.imagingledger.projections.PurposeColumns;

/** One row of the permit register. */
@Entity
@Table(name = "permit_view")
public class PermitView {

    @Id
    @Column(length = 128)
    private String permitId;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Column(nullable = false, length = 128)
    private String holder;

    @Column(nullable = false, length = 4000)
    private String members;

    @Column(nullable = false, length = 4000)
    private String datasets;

    @Column(nullable = false, length = 200)
    private String operations;

    @Embedded
    private PurposeColumns purpose = PurposeColumns.none();
    /** Free text the DAC attached: may hold commas, so one row per condition. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "permit_condition", joinColumns = @JoinColumn(name = "permit_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "condition_text", nullable = false, length = 2000)
    private List<String> conditions = new ArrayList<>();

    @Column(nullable = false)
    private Instant validFrom;

    @Column(nullable = false)
    private Instant validUntil;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(length = 500)
    private String statusReason;

    @Column(nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private long uses;
    private long flaggedUses;

    /** Datasets granted only by the chair's override of a failed purpose check. */
    @Column(length = 4000)
    private String overriddenDatasets = "";

    protected PermitView() {}

    PermitView(PermitIssued event) {
        permitId = event.permitId();
        requestId = event.requestId();
        holder = event.holder();
        members = IdList.join(event.members());
        datasets = IdList.join(event.datasets());
        operations = IdList.join(event.operations());
        purpose = PurposeColumns.of(event.purpose());
        conditions = new ArrayList<>(event.conditions());
        overriddenDatasets = IdList.join(event.overriddenDatasets());
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        status = PermitStatus.ACTIVE.name();
        issuedAt = event.at();
        updatedAt = event.at();
    }

    public List<String> getOverriddenDatasets() {
        return IdList.split(overriddenDatasets);
    }

    void change(PermitStatus next, String reason, Instant at) {
        status = next.name();
        statusReason = reason;
        updatedAt = at;
    }

    void extend(Instant until, String reason, Instant at) {
        validUntil = until;
        statusReason = reason;
        updatedAt = at;
    }

    void countUse() {
        uses++;
    }

    void countFlagged() {
        flaggedUses++;
    }

    /** The state at a time: NOT_YET_VALID before its start (see {@link PermitState}). */
    public PermitState stateAt(Instant now) {
        return PermitState.of(this, now);
    }

    /** Live and ending within the window from now (but not yet ended). */
    public boolean isExpiringSoon(Instant now, Duration window) {
        return getStatus().isLive() && validUntil.isAfter(now) && !validUntil.isAfter(now.plus(window));
    }

    public boolean covers(String datasetId) {
        return getDatasets().contains(datasetId);
    }

    public boolean isMember(String user) {
        return holder.equals(user) || getMembers().contains(user);
    }

    public String getPermitId() {
        return permitId;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getHolder() {
        return holder;
    }

    public List<String> getMembers() {
        return IdList.split(members);
    }

    public List<String> getDatasets() {
        return IdList.split(datasets);
    }

    public List<String> getOperations() {
        return IdList.split(operations);
    }

    public PurposeColumns getPurpose() {
        return purpose;
    }

    public List<String> getConditions() {
        return List.copyOf(conditions);
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public PermitStatus getStatus() {
        return PermitStatus.valueOf(status);
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getUses() {
        return uses;
    }

    public long getFlaggedUses() {
        return flaggedUses;
    }
}
