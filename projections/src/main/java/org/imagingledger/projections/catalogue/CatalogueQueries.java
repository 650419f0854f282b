package org.imagingledger.projections.catalogue;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingledger.projections.Paging;
import org.imagingledger.projections.Specs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of the catalogue views. */
@Service
@Transactional(readOnly = true)
public class CatalogueQueries {

    private static final int MAX_CACHED_TOKENS = 10_000;

    private record Known(String nodeId, long until) {}

    private final java.util.Map<String, Known> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final NodeViewRepository nodes;
    private final DatasetViewRepository datasets;
    private final long tokenTtlNanos;

    CatalogueQueries(
            NodeViewRepository nodes,
            DatasetViewRepository datasets,
            @org.springframework.beans.factory.annotation.Value("${ledger.nodes.token-cache-ttl:PT10S}")
                    java.time.Duration tokenTtl) {
        this.nodes = nodes;
        this.datasets = datasets;
        this.tokenTtlNanos = tokenTtl.toNanos();
    }

    public List<NodeView> nodes() {
        return nodes.findAll(org.springframework.data.domain.Sort.by("nodeId"));
    }

    public Optional<NodeView> node(String nodeId) {
        return nodes.findById(nodeId);
    }

    /**
     * The node a bearer token belongs to, by the token's SHA-256. Nodes call on every decision,
     * so known tokens are remembered, for ledger.nodes.token-cache-ttl (10 s) at most: a rotation
     * forgets the node's entries at once on the instance that recorded it (see
     * CatalogueProjection), and other instances sharing the database stop accepting the old
     * token within that time. Unknown tokens are never remembered.
     */
    public Optional<String> nodeByTokenSha256(String tokenSha256) {
        long now = System.nanoTime();
        Known cached = tokens.get(tokenSha256);
        if (cached != null && cached.until() - now > 0) {
            return Optional.of(cached.nodeId());
        }
        Optional<String> node = nodes.findByTokenSha256(tokenSha256).map(NodeView::getNodeId);
        if (node.isEmpty()) {
            tokens.remove(tokenSha256);
        }
        node.ifPresent(id -> {
            if (tokens.size() >= MAX_CACHED_TOKENS) {
                tokens.values().removeIf(k -> k.until() - now <= 0);
            }
            if (tokens.size() < MAX_CACHED_TOKENS) {
                tokens.put(tokenSha256, new Known(id, now + tokenTtlNanos));
            }
        });
        return node;
    }

    void forgetTokensOf(String nodeId) {
        tokens.values().removeIf(k -> k.nodeId().equals(nodeId));
    }

    public List<DatasetView> datasets() {
        return datasets.findAll(org.springframework.data.domain.Sort.by("datasetId"));
    }

    public List<DatasetView> datasetsOf(String nodeId) {
        return datasets.findByNodeIdOrderByDatasetId(nodeId);
    }

    /** A page of nodes by id; {@code country} and a part of the name (any case) narrow it. */
    public Page<NodeView> nodes(String country, String name, Pageable page) {
        Specification<NodeView> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (country != null) {
                where.add(cb.equal(root.get("country"), country));
            }
            if (name != null) {
                where.add(cb.or(
                        Specs.containsIgnoreCase(cb, root.get("name"), name),
                        Specs.containsIgnoreCase(cb, root.get("nodeId"), name)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return nodes.findAll(spec, Paging.sorted(page, org.springframework.data.domain.Sort.by("nodeId")));
    }

    /** A page of the catalogue, by id. */
    public Page<DatasetView> datasets(DatasetFilter f, Pageable page) {
        Specification<DatasetView> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.title() != null) {
                where.add(cb.or(
                        Specs.containsIgnoreCase(cb, root.get("title"), f.title()),
                        Specs.containsIgnoreCase(cb, root.get("datasetId"), f.title())));
            }
            if (f.nodeId() != null) {
                where.add(cb.equal(root.get("nodeId"), f.nodeId()));
            }
            if (f.code() != null) {
                where.add(Specs.inList(cb, root.get("duoCodes"), f.code()));
            }
            if (f.retired() != null) {
                where.add(cb.equal(root.get("retired"), f.retired()));
            }
            if (f.modality() != null) {
                where.add(Specs.inList(cb, root.get("modalities"), f.modality()));
            }
            if (f.cancerType() != null) {
                where.add(cb.equal(root.get("cancerType"), f.cancerType()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return datasets.findAll(spec, Paging.sorted(page, org.springframework.data.domain.Sort.by("datasetId")));
    }

    public Optional<DatasetView> dataset(String datasetId) {
        return datasets.findById(datasetId);
    }
}
