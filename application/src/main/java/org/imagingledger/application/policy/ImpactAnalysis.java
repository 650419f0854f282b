package org.imagingledger.application.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One impact analysis of a candidate policy revision: the recent recorded decisions evaluated
 * again under it, in the background, with its progress and, once finished, its summary (JSON:
 * counts by change, by dataset and by node, and the changed decisions). Activation needs one of
 * the revision finished within the last 24 hours. Kept in the database so that every instance
 * shows the progress and honours the rule, whichever instance runs it.
 */
@Entity
@Table(
        name = "ledger_impact_analysis",
        indexes = @Index(name = "ledger_impact_analysis_revision", columnList = "revision, requested_at"))
public class ImpactAnalysis {

    public enum Status {
        RUNNING,
        FINISHED,
        FAILED
    }

    @Id
    @Column(name = "analysis_id", length = 36)
    private String analysisId;

    @Column(nullable = false, length = 100)
    private String revision;

    /** The revision active when the analysis started (what the recorded decisions are compared with). */
    @Column(name = "active_revision", length = 100)
    private String activeRevision;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "last_n", nullable = false)
    private int lastN;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "changed_count", nullable = false)
    private int changedCount;

    @Column(length = 1000)
    private String error;

    @Lob
    @Column
    private byte[] summary;

    protected ImpactAnalysis() {}

    public ImpactAnalysis(
            String analysisId, String revision, String activeRevision, String requestedBy, Instant at, int lastN) {
        this.analysisId = analysisId;
        this.revision = revision;
        this.activeRevision = activeRevision;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
        this.lastN = lastN;
        this.status = Status.RUNNING.name();
        this.updatedAt = at;
    }

    public void started(int total, Instant at) {
        this.total = total;
        this.updatedAt = at;
    }

    public void progressed(int done, Instant at) {
        this.done = done;
        this.updatedAt = at;
    }

    public void finished(int changed, String summaryJson, Instant at) {
        this.done = total;
        this.changedCount = changed;
        this.summary = summaryJson.getBytes(StandardCharsets.UTF_8);
        this.status = Status.FINISHED.name();
        this.finishedAt = at;
        this.updatedAt = at;
    }

    public void failed(String why, Instant at) {
        this.error = why == null ? "failed" : why.length() > 1000 ? why.substring(0, 1000) : why;
        this.status = Status.FAILED.name();
        this.updatedAt = at;
    }

    public String getAnalysisId() {
        return analysisId;
    }

    public String getRevision() {
        return revision;
    }

    public String getActiveRevision() {
        return activeRevision;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public int getLastN() {
        return lastN;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getChangedCount() {
        return changedCount;
    }

    public String getError() {
        return error;
    }

    public String getSummaryJson() {
        return summary == null ? null : new String(summary, StandardCharsets.UTF_8);
    }

    public boolean isFinished() {
        return getStatus() != Status.RUNNING;
    }
}
