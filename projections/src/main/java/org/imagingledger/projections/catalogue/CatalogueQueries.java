package org.imagingledger.projections.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of the catalogue views. */
@Service
@Transactional(readOnly = true)
public class CatalogueQueries {

    private static final int MAX_CACHED_TOKENS = 10_000;

    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final NodeViewRepository nodes;
    private final DatasetViewRepository datasets;

    CatalogueQueries(NodeViewRepository nodes, DatasetViewRepository datasets) {
        this.nodes = nodes;
        this.datasets = datasets;
    }

    public List<NodeView> nodes() {
        return nodes.findAll(org.springframework.data.domain.Sort.by("nodeId"));
    }

    public Optional<NodeView> node(String nodeId) {
        return nodes.findById(nodeId);
    }

    /**
     * The node a bearer token belongs to, by the token's SHA-256. Nodes call on every decision,
     * so known tokens are remembered; a rotation forgets the node's entries (see
     * CatalogueProjection), and unknown tokens are never remembered.
     */
    public Optional<String> nodeByTokenSha256(String tokenSha256) {
        String cached = tokens.get(tokenSha256);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> node = nodes.findByTokenSha256(tokenSha256).map(NodeView::getNodeId);
        node.ifPresent(id -> {
            if (tokens.size() < MAX_CACHED_TOKENS) {
                tokens.put(tokenSha256, id);
            }
        });
        return node;
    }

    void forgetTokensOf(String nodeId) {
        tokens.values().removeIf(nodeId::equals);
    }

    public List<DatasetView> datasets() {
        return datasets.findAll(org.springframework.data.domain.Sort.by("datasetId"));
    }

    public List<DatasetView> datasetsOf(String nodeId) {
        return datasets.findByNodeIdOrderByDatasetId(nodeId);
    }

    public Optional<DatasetView> dataset(String datasetId) {
        return datasets.findById(datasetId);
    }
}
