package org.imagingledger.application.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The bytes of a published bundle. The event records revision and SHA-256; the bytes live
 * here, written in the same transaction, and are checked against that SHA-256 when loaded.
 */
@Entity
@Table(name = "policy_bundle_blob")
class StoredBundle {

    @Id
    @Column(length = 100)
    private String revision;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected StoredBundle() {}

    StoredBundle(String revision, String sha256, byte[] content) {
        this.revision = revision;
        this.sha256 = sha256;
        this.content = content;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }
}
