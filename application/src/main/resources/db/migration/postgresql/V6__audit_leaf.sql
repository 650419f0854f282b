-- The leaf hash of every event as the ledger first hashed it (issue 4: audit exports).
-- Signed checkpoints make these rows tamper-evident; the verification job compares the
-- stored events with them to name the changed event and the kind of change.
CREATE TABLE audit_leaf (
    leaf_index   BIGINT       NOT NULL PRIMARY KEY,
    global_index BIGINT       NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    leaf_hash    BYTEA        NOT NULL
);
CREATE INDEX audit_leaf_event_id ON audit_leaf (event_id);
CREATE INDEX audit_leaf_global_index ON audit_leaf (global_index);
