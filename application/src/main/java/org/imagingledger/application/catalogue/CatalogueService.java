package org.imagingledger.application.catalogue;

import java.time.Clock;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.domain.catalogue.api.RegisterDataset;
import org.imagingledger.domain.catalogue.api.RegisterNode;
import org.imagingledger.domain.catalogue.api.RetireDataset;
import org.imagingledger.domain.catalogue.api.RevokeNodeToken;
import org.imagingledger.domain.catalogue.api.RotateNodeToken;
import org.imagingledger.domain.catalogue.api.UpdateDatasetMetadata;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.domain.shared.ErrorCodes;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks what only the views know (does the node exist, does the caller hold the dataset), then sends the command. */
@Service
public class CatalogueService {

    private final CommandGateway commands;
    private final CatalogueQueries catalogue;
    private final Clock clock;
    private final NodeCredentials credentials;
    private final TransactionTemplate transaction;

    CatalogueService(
            CommandGateway commands,
            CatalogueQueries catalogue,
            Clock clock,
            NodeCredentials credentials,
            PlatformTransactionManager transactions) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.clock = clock;
        this.credentials = credentials;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record IssuedNode(String nodeId, String token) {}

    /** Registers the node with a new random token, shown once; its keyed digest is kept with the event. */
    public IssuedNode registerNode(String nodeId, String name, String country, Caller caller) {
        return register(nodeId, name, country, NodeTokens.newToken(), false, caller);
    }

    /**
     * With a published demonstration token (the demo profile only): marked as such, and revoked
     * when the ledger later runs without the demo.
     */
    public IssuedNode registerDemoNode(String nodeId, String name, String country, String token, Caller caller) {
        return register(nodeId, name, country, token, true, caller);
    }

    private IssuedNode register(String nodeId, String name, String country, String token, boolean demo, Caller caller) {
        String id = nodeId == null || nodeId.isBlank() ? "node-" + UUID.randomUUID() : nodeId;
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RegisterNode(id, name, country, caller.name(), clock.instant()));
            credentials.issue(id, token, demo);
        });
        return new IssuedNode(id, token);
    }

    /** Issues a new token for the node; the old one stops working at once. */
    public IssuedNode rotateToken(String nodeId, Caller caller) {
        String token = NodeTokens.newToken();
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RotateNodeToken(nodeId, caller.name(), clock.instant()));
            credentials.issue(nodeId, token, false);
        });
        return new IssuedNode(nodeId, token);
    }

    /** Withdraws the node's token; a governance admin issues a new one by rotating it. */
    public void revokeToken(String nodeId, String reason, Caller caller) {
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new RevokeNodeToken(nodeId, reason, caller.name(), clock.instant()));
            credentials.revoke(nodeId);
        });
    }

    public String registerDataset(
            String datasetId,
            String nodeId,
            DatasetMetadata metadata,
            DataUseConditions conditions,
            boolean nodeApprovalRequired,
            Caller caller) {
        if (nodeId == null || nodeId.isBlank()) {
            throw CommandRejected.invalid("nodeId", ErrorCodes.REQUIRED, "is required");
        }
        if (catalogue.node(nodeId).isEmpty()) {
            throw CommandRejected.unprocessable(
                    "nodeId", ErrorCodes.UNKNOWN_REFERENCE, "names no registered node", nodeId);
        }
        String id = datasetId == null || datasetId.isBlank() ? "ds-" + UUID.randomUUID() : datasetId;
        commands.sendAndWait(new RegisterDataset(
                id, nodeId, metadata, conditions, nodeApprovalRequired, caller.name(), clock.instant()));
        return id;
    }

    public void updateMetadata(String datasetId, DatasetMetadata metadata, Caller caller) {
        commands.sendAndWait(new UpdateDatasetMetadata(datasetId, metadata, caller.name(), clock.instant()));
    }

    public void retire(String datasetId, String reason, Caller caller) {
        commands.sendAndWait(new RetireDataset(datasetId, reason, caller.name(), clock.instant()));
    }

    /** A dataset that a node may act on: it must exist and be held by that node. */
    public DatasetView datasetHeldBy(String datasetId, String nodeId) {
        DatasetView dataset =
                catalogue.dataset(datasetId).orElseThrow(() -> CommandRejected.notFound("dataset", datasetId));
        if (!dataset.getNodeId().equals(nodeId)) {
            throw CommandRejected.forbidden(
                    ErrorCodes.NOT_HOLDER, "dataset " + datasetId + " is not held by node " + nodeId, datasetId);
        }
        return dataset;
    }
}
