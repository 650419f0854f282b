package org.imagingledger.domain.catalogue;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.catalogue.api.NodeRegistered;
import org.imagingledger.domain.catalogue.api.NodeTokenRevoked;
import org.imagingledger.domain.catalogue.api.NodeTokenRotated;
import org.imagingledger.domain.catalogue.api.RegisterNode;
import org.imagingledger.domain.catalogue.api.RevokeNodeToken;
import org.imagingledger.domain.catalogue.api.RotateNodeToken;
import org.imagingledger.domain.shared.Countries;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A data holder (hospital, archive) that keeps images and answers for its datasets. */
class Node {

    @AggregateIdentifier
    private String nodeId;

    Node() {}

    @CommandHandler
    Node(RegisterNode command) {
        Violations.check()
                .identifier("nodeId", command.nodeId())
                .text("name", command.name(), Limits.NAME)
                .when(
                        !Countries.isIso(command.country()),
                        "country",
                        ErrorCodes.NOT_COUNTRY,
                        "must be an ISO 3166-1 alpha-2 code such as IT or NL")
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        apply(new NodeRegistered(
                command.nodeId(), command.name().trim(), command.country(), null, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RotateNodeToken command) {
        Violations.check()
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        apply(new NodeTokenRotated(nodeId, null, command.actor(), command.at()));
    }

    @CommandHandler
    void handle(RevokeNodeToken command) {
        Violations.check()
                .text("reason", command.reason(), Limits.REASON)
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        apply(new NodeTokenRevoked(nodeId, command.reason().trim(), command.actor(), command.at()));
    }

    @EventSourcingHandler
    void on(NodeRegistered event) {
        nodeId = event.nodeId();
    }
}
