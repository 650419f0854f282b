package org.imagingledger.domain.audit;

import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.audit.api.ExportRecorded;
import org.imagingledger.domain.audit.api.RecordExport;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One export an auditor took; recorded once, after the package was written. */
class AuditExport {

    @AggregateIdentifier
    private String exportId;

    AuditExport() {}

    @CommandHandler
    AuditExport(RecordExport c) {
        Violations.check()
                .identifier("exportId", c.exportId())
                .notNull("filters", c.filters())
                .notNegative("events", c.events())
                .notNegative("checkpointSize", c.checkpointSize())
                .when(
                        c.packageSha256() == null || !c.packageSha256().matches("[0-9a-f]{64}"),
                        "packageSha256",
                        ErrorCodes.NOT_HEX,
                        "must be 64 hex digits")
                .identifier("actor", c.actor())
                .notNull("at", c.at())
                .orReject();
        apply(new ExportRecorded(
                c.exportId(),
                Map.copyOf(c.filters()),
                c.events(),
                c.checkpointSize(),
                c.packageSha256(),
                c.actor(),
                c.at()));
    }

    @EventSourcingHandler
    void on(ExportRecorded e) {
        exportId = e.exportId();
    }
}
