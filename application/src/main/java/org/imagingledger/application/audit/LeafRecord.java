package org.imagingledger.application.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * The leaf hash of every event as the ledger first hashed it (table audit_leaf). The signed
 * checkpoints make these records tamper-evident; the verification job compares the stored
 * events with them to say which event changed and how. Written with JDBC in batches; the entity
 * only lets Hibernate create the table on H2 and check it on PostgreSQL (Flyway V6).
 */
@Entity
@Table(
        name = "audit_leaf",
        indexes = {
            @Index(name = "audit_leaf_event_id", columnList = "event_id"),
            @Index(name = "audit_leaf_global_index", columnList = "global_index")
        })
class LeafRecord {

    @Id
    @Column(name = "leaf_index")
    private Long leafIndex;

    @Column(name = "global_index", nullable = false)
    private Long globalIndex;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "leaf_hash", nullable = false, length = 32)
    private byte[] leafHash;

    protected LeafRecord() {}
}
