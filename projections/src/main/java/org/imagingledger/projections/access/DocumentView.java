package org.imagingledger.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.imagingledger.domain.access.api.DocumentAttached;
import org.imagingledger.domain.access.api.DocumentKind;

/** One document attached to a request: what the event recorded (the bytes are stored apart). */
@Entity
@Table(name = "access_document_view")
public class DocumentView {

    @Id
    @Column(length = 128)
    private String documentId;

    @Column(nullable = false, length = 128)
    private String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DocumentKind kind;

    @Column(nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 50)
    private String mediaType;

    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 128)
    private String uploadedBy;

    @Column(nullable = false)
    private Instant uploadedAt;

    protected DocumentView() {}

    DocumentView(DocumentAttached event) {
        this.documentId = event.documentId();
        this.requestId = event.requestId();
        this.kind = event.kind();
        this.fileName = event.fileName();
        this.mediaType = event.mediaType();
        this.size = event.size();
        this.sha256 = event.sha256();
        this.uploadedBy = event.actor();
        this.uploadedAt = event.at();
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getRequestId() {
        return requestId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
