-- Node tokens as keyed digests (HMAC-SHA256 under ledger.tokens.key), outside the event log:
-- events are exported, token digests must not be.
CREATE TABLE node_credential (
    node_id   VARCHAR(128) NOT NULL PRIMARY KEY,
    digest    VARCHAR(64)  NOT NULL UNIQUE,
    demo      BOOLEAN      NOT NULL,
    issued_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
