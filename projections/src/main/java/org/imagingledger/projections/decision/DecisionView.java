package org.imagingledger.projections.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import org.imagingledger.projections.IdList;
import org.springframework.data.domain.Persistable;

/**
 * One row of the decision log. The full input and result stay in the event, which is what a
 * replay reads; the row holds what the log filters and lists.
 */
@Entity
@Table(name = "decision_view", indexes = @Index(name = "ix_decision_view_at", columnList = "decidedAt"))
public class DecisionView implements Persistable<String> {

    @Id
    @Column(length = 64)
    private String decisionId;

    @Column(nullable = false, length = 128)
    private String nodeId;

    @Column(length = 128)
    private String principal;

    @Column(length = 64)
    private String operation;

    @Column(length = 128)
    private String datasetId;

    @Column(length = 128)
    private String permitId;

    @Column(nullable = false)
    private boolean allowed;

    @Column(nullable = false, length = 1000)
    private String reasonCodes;

    @Column(nullable = false, length = 100)
    private String policyRevision;

    @Column(nullable = false, length = 32)
    private String engine;

    @Column(nullable = false, length = 64)
    private String inputSha256;

    @Column(nullable = false)
    private boolean failed;

    @Column(nullable = false)
    private Instant decidedAt;

    /** Rows are only ever inserted: saving must not look for an existing row first. */
    @Transient
    private boolean inserted;

    protected DecisionView() {}

    @Override
    public String getId() {
        return decisionId;
    }

    @Override
    public boolean isNew() {
        return !inserted;
    }

    @PostLoad
    @PostPersist
    void markInserted() {
        inserted = true;
    }

    DecisionView(
            String decisionId,
            String nodeId,
            String principal,
            String operation,
            String datasetId,
            String permitId,
            boolean allowed,
            List<String> reasonCodes,
            String policyRevision,
            String engine,
            String inputSha256,
            boolean failed,
            Instant decidedAt) {
        this.decisionId = decisionId;
        this.nodeId = nodeId;
        this.principal = principal;
        this.operation = operation;
        this.datasetId = datasetId;
        this.permitId = permitId;
        this.allowed = allowed;
        this.reasonCodes = IdList.join(reasonCodes);
        this.policyRevision = policyRevision;
        this.engine = engine;
        this.inputSha256 = inputSha256;
        this.failed = failed;
        this.decidedAt = decidedAt;
    }

    public String getDecisionId() {
        return decisionId;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getPrincipal() {
        return principal;
    }

    public String getOperation() {
        return operation;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getPermitId() {
        return permitId;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<String> getReasonCodes() {
        return IdList.split(reasonCodes);
    }

    public String getPolicyRevision() {
        return policyRevision;
    }

    public String getEngine() {
        return engine;
    }

    public String getInputSha256() {
        return inputSha256;
    }

    public boolean isFailed() {
        return failed;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
