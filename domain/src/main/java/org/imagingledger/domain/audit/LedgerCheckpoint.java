package org.imagingledger.domain.audit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.audit.api.CheckpointRecorded;
import org.imagingledger.domain.audit.api.RecordCheckpoint;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One signed checkpoint; it never changes once recorded. */
class LedgerCheckpoint {

    @AggregateIdentifier
    private String checkpointId;

    LedgerCheckpoint() {}

    @CommandHandler
    LedgerCheckpoint(RecordCheckpoint c) {
        Violations.check()
                .identifier("checkpointId", c.checkpointId())
                .notNegative("treeSize", c.treeSize())
                .when(
                        c.rootHash() == null || !c.rootHash().matches("[0-9a-f]{64}"),
                        "rootHash",
                        ErrorCodes.NOT_HEX,
                        "must be 64 hex digits")
                .when(
                        c.signature() == null || !c.signature().matches("[0-9a-f]{128}"),
                        "signature",
                        ErrorCodes.NOT_HEX,
                        "must be 128 hex digits")
                .text("text", c.text(), Limits.CHECKPOINT_TEXT)
                .identifier("keyId", c.keyId())
                .identifier("actor", c.actor())
                .notNull("at", c.at())
                .orReject();
        apply(new CheckpointRecorded(
                c.checkpointId(), c.treeSize(), c.rootHash(), c.keyId(), c.text(), c.signature(), c.actor(), c.at()));
    }

    @EventSourcingHandler
    void on(CheckpointRecorded e) {
        checkpointId = e.checkpointId();
    }
}
