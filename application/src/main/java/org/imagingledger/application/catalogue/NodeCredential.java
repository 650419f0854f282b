package org.imagingledger.application.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A node's current bearer token, as a keyed digest (HMAC-SHA256 under the ledger's token key).
 * Kept outside the event log on purpose: events are exported, and a digest there, even a keyed
 * one, would hand every auditor something to guess tokens against.
 */
@Entity
@Table(name = "node_credential")
class NodeCredential {

    @Id
    @Column(name = "node_id", length = 128)
    private String nodeId;

    @Column(nullable = false, unique = true, length = 64)
    private String digest;

    /** Issued by the demo with a published token: revoked when the ledger runs without the demo. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected NodeCredential() {}

    NodeCredential(String nodeId, String digest, boolean demo, Instant issuedAt) {
        this.nodeId = nodeId;
        this.digest = digest;
        this.demo = demo;
        this.issuedAt = issuedAt;
    }

    String nodeId() {
        return nodeId;
    }

    boolean demo() {
        return demo;
    }
}
