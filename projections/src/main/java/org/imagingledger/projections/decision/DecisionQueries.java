package org.imagingledger.projections.decision;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.imagingledger.projections.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision log: newest first, filtered. */
@Service
@Transactional(readOnly = true)
public class DecisionQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("decidedAt"), Sort.Order.desc("decisionId"));

    private final DecisionViewRepository decisions;

    DecisionQueries(DecisionViewRepository decisions) {
        this.decisions = decisions;
    }

    public List<DecisionView> find(DecisionFilter filter, int limit) {
        return decisions
                .findAll(matching(filter), PageRequest.of(0, limit, NEWEST_FIRST))
                .getContent();
    }

    /** A page of the log, newest first. */
    public Page<DecisionView> find(DecisionFilter filter, Pageable page) {
        return decisions.findAll(matching(filter), Paging.sorted(page, NEWEST_FIRST));
    }

    public long count(DecisionFilter filter) {
        return decisions.count(matching(filter));
    }

    public Optional<DecisionView> decision(String decisionId) {
        return decisions.findById(decisionId);
    }

    private static Specification<DecisionView> matching(DecisionFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.nodeId() != null) {
                where.add(cb.equal(root.get("nodeId"), f.nodeId()));
            }
            if (f.datasetId() != null) {
                where.add(cb.equal(root.get("datasetId"), f.datasetId()));
            }
            if (f.principal() != null) {
                where.add(cb.equal(root.get("principal"), f.principal()));
            }
            if (f.allowed() != null) {
                where.add(cb.equal(root.get("allowed"), f.allowed()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("decidedAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("decidedAt"), f.to()));
            }
            if (f.revision() != null) {
                where.add(cb.equal(root.get("policyRevision"), f.revision()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
