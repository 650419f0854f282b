package org.imagingledger.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.projections.IdList;
import org.imagingledger.projections.PurposeColumns;

/** One access request as the DAC queue and the request page show it. */
@Entity
@Table(name = "access_request_view")
public class AccessRequestView {

    @Id
    @Column(length = 128)
    private String requestId;

    @Column(nullable = false, length = 128)
    private String applicant;

    @Column(length = 300)
    private String title;

    @Column(length = 4000)
    private String summary;

    @Column(nullable = false, length = 2000)
    private String datasets = "";

    @Embedded
    private PurposeColumns purpose = PurposeColumns.none();

    @Column(nullable = false, length = 200)
    private String operations = "";

    @Column(nullable = false, length = 2000)
    private String team = "";

    private Instant periodFrom;
    private Instant periodUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccessRequestStatus status;

    private Instant deadline;
    private boolean extended;
    private Instant submittedAt;
    private Instant decidedAt;
    private int quorum;
    private int reviewerCount;
    private int votesCount;

    @Column(length = 128)
    private String permitId;

    private Instant validFrom;
    private Instant validUntil;
    /** Newline-separated: conditions are free text and may hold commas. */
    @Column(length = 6000)
    private String conditions;

    @Column(length = 2000)
    private String outcomeReason;

    /** Chairs who declared a conflict of interest on this request (comma-separated ids). */
    @Column(length = 2000)
    private String conflictedChairs = "";

    /** At approval: datasets kept by the chair's override of a failed purpose check. */
    @Column(length = 2000)
    private String overriddenDatasets = "";

    /** At approval: datasets left out because their purpose check failed without an override. */
    @Column(length = 2000)
    private String purposeExcluded = "";

    /**
     * The DAC queue's order, kept as columns so that a page of the queue is one sorted query:
     * open requests (rank 0) by deadline, which puts the overdue ones first, then the rest.
     */
    private Integer queueRank;

    private Instant queueDeadline;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected AccessRequestView() {}

    AccessRequestView(String requestId, String applicant, Instant createdAt) {
        this.requestId = requestId;
        this.applicant = applicant;
        this.status = AccessRequestStatus.DRAFT;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void apply(RequestContent content, Instant at) {
        title = content.title();
        summary = content.summary();
        datasets = IdList.join(content.datasets());
        purpose = PurposeColumns.of(content.purpose());
        operations = IdList.join(content.operations());
        team = IdList.join(content.team());
        periodFrom = content.periodFrom();
        periodUntil = content.periodUntil();
        updatedAt = at;
    }

    void submitted(List<String> requested, Instant due, Instant at) {
        datasets = IdList.join(requested);
        status = AccessRequestStatus.SUBMITTED;
        deadline = due;
        extended = false;
        submittedAt = at;
        decidedAt = null;
        outcomeReason = null;
        quorum = 0;
        reviewerCount = 0;
        votesCount = 0;
        updatedAt = at;
    }

    void panel(int reviewers, int requiredVotes, Instant at) {
        status = AccessRequestStatus.UNDER_REVIEW;
        reviewerCount = reviewers;
        quorum = requiredVotes;
        updatedAt = at;
    }

    void voted(Instant at) {
        votesCount++;
        updatedAt = at;
    }

    void extended(Instant newDeadline, Instant at) {
        deadline = newDeadline;
        extended = true;
        updatedAt = at;
    }

    void approved(
            String permit,
            Instant from,
            Instant until,
            List<String> permitConditions,
            List<String> overridden,
            List<String> excluded,
            String reason,
            Instant at) {
        permitId = permit;
        overriddenDatasets = IdList.join(overridden);
        purposeExcluded = IdList.join(excluded);
        validFrom = from;
        validUntil = until;
        conditions = String.join("\n", permitConditions);
        closed(AccessRequestStatus.APPROVED, reason, at);
    }

    /** The permit's validity was extended: the request shows the permit's current validity. */
    void permitExtended(Instant until, Instant at) {
        validUntil = until;
        updatedAt = at;
    }

    void closed(AccessRequestStatus outcome, String reason, Instant at) {
        status = outcome;
        outcomeReason = reason;
        if (outcome != AccessRequestStatus.WITHDRAWN) {
            decidedAt = at;
        }
        updatedAt = at;
    }

    void chairConflict(String chair, Instant at) {
        List<String> chairs = new java.util.ArrayList<>(IdList.split(conflictedChairs));
        if (!chairs.contains(chair)) {
            chairs.add(chair);
        }
        conflictedChairs = IdList.join(chairs);
        updatedAt = at;
    }

    void touched(Instant at) {
        updatedAt = at;
    }

    @PrePersist
    @PreUpdate
    void rank() {
        queueRank = status.isOpen() ? 0 : 1;
        queueDeadline = status.isOpen() ? deadline : null;
    }

    /** The DAC owes a decision and its statutory deadline has passed. */
    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && deadline != null && deadline.isBefore(now);
    }

    public String getRequestId() {
        return requestId;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getDatasets() {
        return IdList.split(datasets);
    }

    public PurposeColumns getPurpose() {
        return purpose;
    }

    public List<String> getOperations() {
        return IdList.split(operations);
    }

    public List<String> getTeam() {
        return IdList.split(team);
    }

    public Instant getPeriodFrom() {
        return periodFrom;
    }

    public Instant getPeriodUntil() {
        return periodUntil;
    }

    public AccessRequestStatus getStatus() {
        return status;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public boolean isExtended() {
        return extended;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getQuorum() {
        return quorum;
    }

    public int getReviewerCount() {
        return reviewerCount;
    }

    public int getVotesCount() {
        return votesCount;
    }

    public String getPermitId() {
        return permitId;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public List<String> getConditions() {
        return conditions == null || conditions.isEmpty() ? List.of() : Arrays.asList(conditions.split("\n"));
    }

    public List<String> getConflictedChairs() {
        return IdList.split(conflictedChairs);
    }

    public List<String> getOverriddenDatasets() {
        return IdList.split(overriddenDatasets);
    }

    public List<String> getPurposeExcluded() {
        return IdList.split(purposeExcluded);
    }

    /** The applicant or a team member. */
    public boolean involves(String person) {
        return applicant.equals(person) || getTeam().contains(person);
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
