package org.imagingledger.domain.audit;

import java.util.List;

/** The aggregate types of the audit feature: signed checkpoints and recorded exports. */
public final class AuditRecords {

    private AuditRecords() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(LedgerCheckpoint.class, AuditExport.class);
    }
}
