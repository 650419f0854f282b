package org.imagingledger.application.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The bytes of an attached document. The DocumentAttached event records its SHA-256 and
 * metadata; the bytes live here, written in the same transaction, and are checked against the
 * recorded SHA-256 whenever they are read.
 */
@Entity
@Table(name = "access_document_blob")
class StoredDocument {

    @Id
    @Column(length = 128)
    private String documentId;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    protected StoredDocument() {}

    StoredDocument(String documentId, String requestId, String sha256, byte[] content) {
        this.documentId = documentId;
        this.requestId = requestId;
        this.sha256 = sha256;
        this.content = content;
    }

    String getRequestId() {
        return requestId;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }
}
