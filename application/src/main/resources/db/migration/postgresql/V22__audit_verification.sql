-- The verification job's reports, so that every instance shows (and publishes as a metric)
-- the last one, whichever instance ran it.
CREATE TABLE audit_verification (
    run_id         VARCHAR(36)              NOT NULL PRIMARY KEY,
    finished_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    total_findings BIGINT                   NOT NULL,
    report         BYTEA                    NOT NULL
);
CREATE INDEX audit_verification_finished ON audit_verification (finished_at);
