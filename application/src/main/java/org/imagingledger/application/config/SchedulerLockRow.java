package org.imagingledger.application.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * ShedLock's table (see {@link SchedulerLocks}), mapped so that H2 creates it like every other
 * table and PostgreSQL validates it against its migration. ShedLock alone reads and writes it.
 */
@Entity
@Table(name = "shedlock")
class SchedulerLockRow {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "lock_until", nullable = false)
    private LocalDateTime lockUntil;

    @Column(name = "locked_at", nullable = false)
    private LocalDateTime lockedAt;

    @Column(name = "locked_by", nullable = false, length = 255)
    private String lockedBy;

    protected SchedulerLockRow() {}
}
