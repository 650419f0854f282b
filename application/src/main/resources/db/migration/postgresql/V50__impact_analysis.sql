-- Impact analyses of candidate policy revisions (issue 10): progress while they run in the
-- background, and their summary; activation needs one of the revision finished within 24 hours.
CREATE TABLE ledger_impact_analysis (
    analysis_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    revision        VARCHAR(100) NOT NULL,
    active_revision VARCHAR(100),
    requested_by    VARCHAR(255) NOT NULL,
    requested_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_n          INTEGER      NOT NULL,
    total           INTEGER      NOT NULL,
    done            INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    changed_count   INTEGER      NOT NULL,
    error           VARCHAR(1000),
    summary         BYTEA
);
CREATE INDEX ledger_impact_analysis_revision ON ledger_impact_analysis (revision, requested_at);
