-- The directory of people who can log in (not event-sourced: personal data stays correctable
-- and erasable; events name people only by their subject id).
CREATE TABLE ledger_person (
    subject      VARCHAR(255) NOT NULL PRIMARY KEY,
    display_name VARCHAR(255) NOT NULL,
    email        VARCHAR(320),
    roles        VARCHAR(255) NOT NULL,
    node_id      VARCHAR(128),
    locale       VARCHAR(8),
    first_seen   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_seen    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
