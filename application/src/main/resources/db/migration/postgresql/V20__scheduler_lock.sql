-- ShedLock's table: work that must run once across the instances of one ledger (permit expiry,
-- checkpoints, verification) takes its row before it runs. A holder that dies leaves its row,
-- which expires at lock_until (each job's lock-at-most-for); another instance then takes it.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(6) NOT NULL,
    locked_at  TIMESTAMP(6) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
