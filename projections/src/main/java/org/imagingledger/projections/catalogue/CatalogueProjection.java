package org.imagingledger.projections.catalogue;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.catalogue.api.DatasetMetadataUpdated;
import org.imagingledger.domain.catalogue.api.DatasetRegistered;
import org.imagingledger.domain.catalogue.api.DatasetRetired;
import org.imagingledger.domain.catalogue.api.NodeRegistered;
import org.imagingledger.domain.catalogue.api.NodeTokenRevoked;
import org.imagingledger.domain.catalogue.api.NodeTokenRotated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Component
@ProcessingGroup("catalogue")
class CatalogueProjection {

    private final NodeViewRepository nodes;
    private final DatasetViewRepository datasets;
    private final CatalogueQueries queries;

    CatalogueProjection(NodeViewRepository nodes, DatasetViewRepository datasets, CatalogueQueries queries) {
        this.nodes = nodes;
        this.datasets = datasets;
        this.queries = queries;
    }

    @EventHandler
    void on(NodeRegistered event) {
        nodes.save(new NodeView(event.nodeId(), event.name(), event.country(), event.tokenSha256(), event.at()));
    }

    /**
     * The old token must stop working at once: the cached token is forgotten now and again
     * after the commit, since a call between the two could have cached the old row again.
     */
    @EventHandler
    void on(NodeTokenRotated event) {
        nodes.findById(event.nodeId()).ifPresent(node -> node.setTokenSha256(event.tokenSha256()));
        queries.forgetTokensOf(event.nodeId());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    queries.forgetTokensOf(event.nodeId());
                }
            });
        }
    }

    /** The old digest (of events recorded before digests left the log) stops working too. */
    @EventHandler
    void on(NodeTokenRevoked event) {
        on(new NodeTokenRotated(event.nodeId(), null, event.actor(), event.at()));
    }

    @EventHandler
    void on(DatasetRegistered event) {
        DatasetView view = new DatasetView(
                event.datasetId(),
                event.nodeId(),
                event.conditions().codes(),
                event.conditions().disease(),
                event.nodeApprovalRequired(),
                event.at());
        view.apply(event.metadata(), event.at());
        datasets.save(view);
    }

    @EventHandler
    void on(DatasetMetadataUpdated event) {
        datasets.findById(event.datasetId()).ifPresent(view -> view.apply(event.metadata(), event.at()));
    }

    @EventHandler
    void on(DatasetRetired event) {
        datasets.findById(event.datasetId()).ifPresent(view -> view.retire(event.at()));
    }
}
