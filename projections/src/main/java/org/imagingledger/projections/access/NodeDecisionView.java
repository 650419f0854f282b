package org.imagingledger.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dataset of a request whose node must agree: pending until the node answers. */
@Entity
@Table(name = "access_node_decision_view")
public class NodeDecisionView {

    /** requestId + "|" + datasetId. */
    @Id
    @Column(length = 260)
    private String id;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Column(nullable = false, length = 128)
    private String datasetId;

    @Column(nullable = false, length = 128)
    private String nodeId;
    /** Null while pending. */
    private Boolean agreed;

    @Column(length = 2000)
    private String comment;

    private Instant decidedAt;

    protected NodeDecisionView() {}

    NodeDecisionView(String requestId, String datasetId, String nodeId) {
        this.id = key(requestId, datasetId);
        this.requestId = requestId;
        this.datasetId = datasetId;
        this.nodeId = nodeId;
    }

    static String key(String requestId, String datasetId) {
        return requestId + "|" + datasetId;
    }

    void decide(boolean agree, String why, Instant at) {
        agreed = agree;
        comment = why;
        decidedAt = at;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getNodeId() {
        return nodeId;
    }

    public Boolean getAgreed() {
        return agreed;
    }

    public boolean isPending() {
        return agreed == null;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
