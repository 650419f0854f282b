package org.imagingledger.projections.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "policy_bundle_view")
public class PolicyBundleView {

    @Id
    @Column(length = 100)
    private String revision;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(length = 500)
    private String note;

    @Column(nullable = false, length = 128)
    private String publishedBy;

    @Column(nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean active;

    private Instant activatedAt;

    @Column(length = 128)
    private String activatedBy;

    protected PolicyBundleView() {}

    PolicyBundleView(
            String revision, String sha256, long sizeBytes, String note, String publishedBy, Instant publishedAt) {
        this.revision = revision;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.note = note;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    void activate(String by, Instant at) {
        active = true;
        activatedBy = by;
        activatedAt = at;
    }

    void deactivate() {
        active = false;
    }

    public String getRevision() {
        return revision;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getNote() {
        return note;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getActivatedBy() {
        return activatedBy;
    }
}
