package org.imagingledger.application.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One verification report (JSON), kept so that every instance shows the last one, whichever ran it. */
@Entity
@Table(name = "audit_verification")
class VerificationRun {

    @Id
    @Column(name = "run_id", length = 36)
    private String runId;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "total_findings", nullable = false)
    private long totalFindings;

    @Lob
    @Column(nullable = false)
    private byte[] report;

    protected VerificationRun() {}

    VerificationRun(String runId, Instant finishedAt, long totalFindings, byte[] report) {
        this.runId = runId;
        this.finishedAt = finishedAt;
        this.totalFindings = totalFindings;
        this.report = report;
    }

    long getTotalFindings() {
        return totalFindings;
    }

    byte[] getReport() {
        return report;
    }
}
