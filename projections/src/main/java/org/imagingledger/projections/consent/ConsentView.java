package org.imagingledger.projections.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.consent.api.ConsentRecorded;
import org.imagingledger.domain.consent.api.ConsentScopeChanged;
import org.imagingledger.projections.IdList;

/** The current status and scope of one consent. */
@Entity
@Table(name = "consent_view")
public class ConsentView {

    public static final String ACTIVE = "ACTIVE";
    public static final String WITHDRAWN = "WITHDRAWN";

    @Id
    @Column(length = 128)
    private String consentId;

    @Column(nullable = false, length = 128)
    private String nodeId;

    @Column(nullable = false, length = 128)
    private String pseudonym;

    @Column(nullable = false, length = 4000)
    private String datasets;

    @Column(nullable = false, length = 400)
    private String purposes;

    @Column(length = 32)
    private String disease;

    private Instant validUntil;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant withdrawnAt;
    private int scopeChanges;

    protected ConsentView() {}

    ConsentView(ConsentRecorded event) {
        consentId = event.consentId();
        nodeId = event.nodeId();
        pseudonym = event.pseudonym();
        datasets = IdList.join(event.datasets());
        purposes = IdList.join(event.purposes());
        disease = event.disease();
        validUntil = event.validUntil();
        status = ACTIVE;
        recordedAt = event.at();
        updatedAt = event.at();
    }

    void change(ConsentScopeChanged event) {
        datasets = IdList.join(event.datasets());
        purposes = IdList.join(event.purposes());
        disease = event.disease();
        validUntil = event.validUntil();
        updatedAt = event.at();
        scopeChanges++;
    }

    void withdraw(Instant at) {
        status = WITHDRAWN;
        withdrawnAt = at;
        updatedAt = at;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public String getConsentId() {
        return consentId;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public List<String> getDatasets() {
        return IdList.split(datasets);
    }

    public List<String> getPurposes() {
        return IdList.split(purposes);
    }

    public String getDisease() {
        return disease;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getStatus() {
        return status;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public int getScopeChanges() {
        return scopeChanges;
    }
}
