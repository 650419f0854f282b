package org.imagingledger.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imagingledger.domain.access.api.PolicyItem;
import org.imagingledger.domain.access.api.PurposeCheckOutcome;
import org.imagingledger.domain.access.api.PurposeCheckOverridden;
import org.imagingledger.domain.access.api.PurposeCheckRecorded;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;

/** The latest purpose check of one requested dataset, and the chair's override of it if any. */
@Entity
@Table(name = "access_purpose_check_view")
public class PurposeCheckView {

    /** requestId + "|" + datasetId. */
    @Id
    @Column(length = 260)
    private String id;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Column(nullable = false, length = 128)
    private String datasetId;

    @Column(length = 100)
    private String revision;

    private boolean allowed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PurposeCheckOutcome outcome;

    /** One item a line: code, tab, shorthand (may be empty), tab, message. */
    @Column(length = 4000)
    private String reasons;

    @Column(length = 4000)
    private String obligations;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PurposeCheckTrigger checkTrigger;

    @Column(nullable = false)
    private Instant checkedAt;

    @Column(nullable = false, length = 128)
    private String checkedBy;

    @Column(length = 2000)
    private String overrideReason;

    @Column(length = 128)
    private String overrideBy;

    private Instant overrideAt;

    @Column(length = 100)
    private String overrideRevision;

    protected PurposeCheckView() {}

    PurposeCheckView(PurposeCheckRecorded event) {
        this.id = key(event.requestId(), event.datasetId());
        this.requestId = event.requestId();
        this.datasetId = event.datasetId();
        record(event);
    }

    static String key(String requestId, String datasetId) {
        return requestId + "|" + datasetId;
    }

    /** A later check replaces the result; an override stays (the aggregate keeps it for the round). */
    void record(PurposeCheckRecorded event) {
        revision = event.revision();
        allowed = event.allow();
        outcome = event.outcome();
        reasons = join(event.reasons());
        obligations = join(event.obligations());
        checkTrigger = event.trigger();
        checkedAt = event.at();
        checkedBy = event.actor();
    }

    void overridden(PurposeCheckOverridden event) {
        overrideReason = event.reason();
        overrideBy = event.actor();
        overrideAt = event.at();
        overrideRevision = event.revision();
    }

    private static String join(List<PolicyItem> items) {
        StringBuilder text = new StringBuilder();
        for (PolicyItem item : items == null ? List.<PolicyItem>of() : items) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(clean(item.code()))
                    .append('\t')
                    .append(clean(item.shorthand()))
                    .append('\t')
                    .append(clean(item.message()));
        }
        String joined = text.toString();
        return joined.length() > 4000 ? joined.substring(0, 4000) : joined;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ');
    }

    private static List<PolicyItem> split(String text) {
        List<PolicyItem> items = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return items;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            items.add(new PolicyItem(
                    parts[0],
                    parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null,
                    parts.length > 2 ? parts[2] : ""));
        }
        return items;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getRevision() {
        return revision;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public PurposeCheckOutcome getOutcome() {
        return outcome;
    }

    public List<PolicyItem> getReasons() {
        return split(reasons);
    }

    public List<PolicyItem> getObligations() {
        return split(obligations);
    }

    public PurposeCheckTrigger getTrigger() {
        return checkTrigger;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public boolean isOverridden() {
        return overrideAt != null;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverrideBy() {
        return overrideBy;
    }

    public Instant getOverrideAt() {
        return overrideAt;
    }

    public String getOverrideRevision() {
        return overrideRevision;
    }

    /** Goes into a permit: allowed by the check, or kept by the chair's override. */
    public boolean isGrantable() {
        return allowed || isOverridden();
    }
}
