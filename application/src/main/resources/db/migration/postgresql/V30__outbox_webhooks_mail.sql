-- Push notifications: the durable outbox (webhooks and e-mail), each delivery attempt, the
-- webhook endpoints, and each person's e-mail settings.

CREATE TABLE outbox_message (
    id              VARCHAR(64)  NOT NULL PRIMARY KEY,
    channel         VARCHAR(16)  NOT NULL,
    target          VARCHAR(128) NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    event_id        VARCHAR(64),
    reference       VARCHAR(300),
    payload         VARCHAR(65536) NOT NULL,
    occurred_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL,
    retry_base      INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE,
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    delivered_at    TIMESTAMP(6) WITH TIME ZONE,
    last_error      VARCHAR(1000),
    dedupe_key      VARCHAR(300) UNIQUE
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_target ON outbox_message (channel, target, created_at);
CREATE INDEX outbox_message_reference ON outbox_message (reference);

CREATE TABLE outbox_attempt (
    id               VARCHAR(64)  NOT NULL PRIMARY KEY,
    message_id       VARCHAR(64)  NOT NULL,
    number           INTEGER      NOT NULL,
    started_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    latency_ms       BIGINT       NOT NULL,
    status_code      INTEGER,
    delivered        BOOLEAN      NOT NULL,
    error            VARCHAR(1000),
    response_excerpt VARCHAR(1000),
    instance         VARCHAR(64)  NOT NULL
);
CREATE INDEX outbox_attempt_message ON outbox_attempt (message_id, number);

CREATE TABLE webhook_endpoint (
    id              VARCHAR(64)   NOT NULL PRIMARY KEY,
    node_id         VARCHAR(128),
    subscriber      VARCHAR(200)  NOT NULL,
    url             VARCHAR(2000) NOT NULL,
    description     VARCHAR(500),
    event_types     VARCHAR(1000) NOT NULL,
    secret          VARCHAR(100)  NOT NULL,
    previous_secret VARCHAR(100),
    previous_until  TIMESTAMP(6) WITH TIME ZONE,
    enabled         BOOLEAN       NOT NULL,
    disabled_reason VARCHAR(1000),
    disabled_at     TIMESTAMP(6) WITH TIME ZONE,
    created_by      VARCHAR(140)  NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

ALTER TABLE ledger_person ADD COLUMN mail_off VARCHAR(500);
