package org.imagingledger.projections.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.permit.api.DataUseReported;
import org.imagingledger.projections.IdList;

/** One reported data use; flagged with the reasons when it was outside its permit. */
@Entity
@Table(name = "data_use_view")
public class DataUseView {

    @Id
    @Column(length = 128)
    private String useId;

    @Column(nullable = false, length = 128)
    private String permitId;

    @Column(nullable = false, length = 128)
    private String nodeId;

    @Column(nullable = false, length = 128)
    private String datasetId;

    @Column(nullable = false, length = 200)
    private String tool;

    @Column(nullable = false, length = 100)
    private String toolVersion;

    @Column(nullable = false, length = 32)
    private String operation;

    private long subjects;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant endedAt;

    @Column(nullable = false)
    private Instant reportedAt;

    @Column(nullable = false, length = 140)
    private String reportedBy;

    private boolean flagged;

    @Column(nullable = false, length = 200)
    private String reasons;

    protected DataUseView() {}

    DataUseView(DataUseReported event) {
        useId = event.useId();
        permitId = event.permitId();
        nodeId = event.nodeId();
        datasetId = event.datasetId();
        tool = event.tool();
        toolVersion = event.toolVersion();
        operation = event.operation();
        subjects = event.subjects();
        startedAt = event.startedAt();
        endedAt = event.endedAt();
        reportedAt = event.at();
        reportedBy = event.actor();
        reasons = "";
    }

    void flag(List<String> why) {
        flagged = true;
        reasons = IdList.join(why);
    }

    public String getUseId() {
        return useId;
    }

    public String getPermitId() {
        return permitId;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getTool() {
        return tool;
    }

    public String getToolVersion() {
        return toolVersion;
    }

    public String getOperation() {
        return operation;
    }

    public long getSubjects() {
        return subjects;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public List<String> getReasons() {
        return IdList.split(reasons);
    }
}
