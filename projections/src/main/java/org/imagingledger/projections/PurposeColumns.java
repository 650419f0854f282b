package org.imagingledger.projections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.imagingledger.domain.access.api.ResearchPurpose;

/** A research purpose as columns of a view (requests and permits state one alike). */
@Embeddable
public class PurposeColumns {

    @Column(nullable = false, length = 400)
    private String purposeCodes = "";

    @Column(length = 32)
    private String disease;

    private boolean commercial;
    private boolean forProfit;
    private boolean methodsDevelopment;

    protected PurposeColumns() {}

    public static PurposeColumns of(ResearchPurpose purpose) {
        PurposeColumns columns = new PurposeColumns();
        if (purpose != null) {
            columns.purposeCodes = IdList.join(purpose.codes());
            columns.disease = purpose.disease();
            columns.commercial = purpose.commercial();
            columns.forProfit = purpose.forProfit();
            columns.methodsDevelopment = purpose.methodsDevelopment();
        }
        return columns;
    }

    public static PurposeColumns none() {
        return new PurposeColumns();
    }

    public List<String> getCodes() {
        return IdList.split(purposeCodes);
    }

    public String getDisease() {
        return disease;
    }

    public boolean isCommercial() {
        return commercial;
    }

    public boolean isForProfit() {
        return forProfit;
    }

    public boolean isMethodsDevelopment() {
        return methodsDevelopment;
    }
}
