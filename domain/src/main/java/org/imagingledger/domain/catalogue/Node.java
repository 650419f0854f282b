package org.imagingledger.domain.catalogue;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.imagingledger.domain.catalogue.api.NodeRegistered;
import org.imagingledger.domain.catalogue.api.NodeTokenRotated;
import org.imagingledger.domain.catalogue.api.RegisterNode;
import org.imagingledger.domain.catalogue.api.RotateNodeToken;
import org.imagingledger.domain.shared.Countries;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.domain.shared.Limits;
import org.imagingledger.domain.shared.Violations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A data holder (hospital, archive) that keeps images and answers for its datasets. */
class Node {

    private static final String SHA256_HEX = "[0-9a-f]{64}";

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
                .when(
                        command.tokenSha256() == null || !command.tokenSha256().matches(SHA256_HEX),
                        "tokenSha256",
                        ErrorCodes.NOT_HEX,
                        "must be a lower-case hex SHA-256")
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        apply(new NodeRegistered(
                command.nodeId(),
                command.name().trim(),
                command.country(),
                command.tokenSha256(),
                command.actor(),
                command.at()));
    }

    @CommandHandler
    void handle(RotateNodeToken command) {
        Violations.check()
                .when(
                        command.tokenSha256() == null || !command.tokenSha256().matches(SHA256_HEX),
                        "tokenSha256",
                        ErrorCodes.NOT_HEX,
                        "must be a lower-case hex SHA-256")
                .identifier("actor", command.actor())
                .notNull("at", command.at())
                .orReject();
        apply(new NodeTokenRotated(nodeId, command.tokenSha256(), command.actor(), command.at()));
    }

    @EventSourcingHandler
    void on(NodeRegistered event) {
        nodeId = event.nodeId();
    }
}
