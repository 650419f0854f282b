package org.imagingledger.projections.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.projections.IdList;

@Entity
@Table(name = "dataset_view")
public class DatasetView {

    @Id
    @Column(length = 128)
    private String datasetId;

    @Column(nullable = false, length = 128)
    private String nodeId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 32)
    private String cancerType;

    @Column(nullable = false, length = 100)
    private String modalities;

    private long subjects;
    private long cases;

    @Column(nullable = false, length = 400)
    private String duoCodes;

    @Column(length = 32)
    private String disease;

    private boolean nodeApprovalRequired;
    private boolean retired;

    @Column(nullable = false)
    private Instant registeredAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected DatasetView() {}

    DatasetView(
            String datasetId,
            String nodeId,
            List<String> duoCodes,
            String disease,
            boolean nodeApprovalRequired,
            Instant registeredAt) {
        this.datasetId = datasetId;
        this.nodeId = nodeId;
        this.duoCodes = IdList.join(duoCodes);
        this.disease = disease;
        this.nodeApprovalRequired = nodeApprovalRequired;
        this.registeredAt = registeredAt;
        this.updatedAt = registeredAt;
    }

    void apply(DatasetMetadata metadata, Instant at) {
        title = metadata.title();
        cancerType = metadata.cancerType();
        modalities = IdList.join(metadata.modalities());
        subjects = metadata.subjects();
        cases = metadata.cases();
        updatedAt = at;
    }

    void retire(Instant at) {
        retired = true;
        updatedAt = at;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getTitle() {
        return title;
    }

    public String getCancerType() {
        return cancerType;
    }

    public List<String> getModalities() {
        return IdList.split(modalities);
    }

    public long getSubjects() {
        return subjects;
    }

    public long getCases() {
        return cases;
    }

    public List<String> getDuoCodes() {
        return IdList.split(duoCodes);
    }

    public String getDisease() {
        return disease;
    }

    public boolean isNodeApprovalRequired() {
        return nodeApprovalRequired;
    }

    public boolean isRetired() {
        return retired;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
