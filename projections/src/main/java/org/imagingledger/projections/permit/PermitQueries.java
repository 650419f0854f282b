package org.imagingledger.projections.permit;

import jakarta.persistence.criteria.Predicate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.projections.Paging;
import org.imagingledger.projections.Specs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of the permit register and the data-use log. */
@Service
@Transactional(readOnly = true)
public class PermitQueries {

    private static final List<String> LIVE = List.of(PermitStatus.ACTIVE.name(), PermitStatus.SUSPENDED.name());

    private final PermitViewRepository permits;
    private final DataUseViewRepository uses;

    PermitQueries(PermitViewRepository permits, DataUseViewRepository uses) {
        this.permits = permits;
        this.uses = uses;
    }

    /** The whole register, soonest end first. */
    public List<PermitView> permits() {
        return permits.findAll(Sort.by("validUntil", "permitId"));
    }

    public Optional<PermitView> permit(String permitId) {
        return permits.findById(permitId);
    }

    /** The permits a person holds or is a member of. */
    public List<PermitView> permitsOfMember(String user) {
        return permits().stream().filter(p -> p.isMember(user)).toList();
    }

    /** The permits that cover at least one of the datasets (e.g. those a node holds). */
    public List<PermitView> permitsCovering(Collection<String> datasetIds) {
        return permits().stream()
                .filter(p -> p.getDatasets().stream().anyMatch(datasetIds::contains))
                .toList();
    }

    /** Active or suspended permits that cover at least one of the datasets. */
    public List<PermitView> livePermitsCovering(Collection<String> datasetIds) {
        return permits.findByStatusInOrderByValidUntil(LIVE).stream()
                .filter(p -> p.getDatasets().stream().anyMatch(datasetIds::contains))
                .toList();
    }

    /** Live permits whose validity has ended by now: the expiry job expires them. */
    public List<PermitView> dueForExpiry(Instant now) {
        return permits.findByStatusInAndValidUntilLessThanEqualOrderByValidUntil(LIVE, now);
    }

    /** Live permits that end within the window from now. */
    public List<PermitView> expiringSoon(Instant now, Duration window) {
        return permits.findByStatusInAndValidUntilBetweenOrderByValidUntil(LIVE, now, now.plus(window)).stream()
                .filter(p -> p.getValidUntil().isAfter(now))
                .toList();
    }

    /** A page of the register, soonest end first. */
    public Page<PermitView> permits(PermitFilter filter, Pageable page) {
        return permits.findAll(matching(filter), Paging.sorted(page, Sort.by("validUntil", "permitId")));
    }

    /** Live permits a person holds or is on that end within the window from now, soonest first. */
    public Page<PermitView> endingSoonOf(String person, Instant now, Duration window, Pageable page) {
        Specification<PermitView> ending = (root, query, cb) -> cb.and(
                root.get("status").in(LIVE),
                cb.greaterThan(root.get("validUntil"), now),
                cb.lessThanOrEqualTo(root.get("validUntil"), now.plus(window)),
                cb.or(cb.equal(root.get("holder"), person), Specs.inList(cb, root.get("members"), person)));
        return permits.findAll(ending, Paging.sorted(page, Sort.by("validUntil", "permitId")));
    }

    /** A page of the data-use log, newest report first. */
    public Page<DataUseView> dataUses(DataUseFilter filter, Pageable page) {
        Specification<DataUseView> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.permitId() != null) {
                where.add(cb.equal(root.get("permitId"), filter.permitId()));
            }
            if (filter.nodeId() != null) {
                where.add(cb.equal(root.get("nodeId"), filter.nodeId()));
            }
            if (filter.datasetId() != null) {
                where.add(cb.equal(root.get("datasetId"), filter.datasetId()));
            }
            if (filter.flaggedOnly()) {
                where.add(cb.isTrue(root.get("flagged")));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("startedAt"), filter.from()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("startedAt"), filter.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return uses.findAll(spec, Paging.sorted(page, Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.asc("useId"))));
    }

    private static Specification<PermitView> matching(PermitFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.status() != null) {
                boolean notYet = f.status().equals(PermitState.NOT_YET_VALID.name());
                where.add(cb.equal(root.get("status"), notYet ? PermitStatus.ACTIVE.name() : f.status()));
                if (f.now() != null && notYet) {
                    where.add(cb.greaterThan(root.get("validFrom"), f.now()));
                } else if (f.now() != null && f.status().equals(PermitState.ACTIVE.name())) {
                    where.add(cb.lessThanOrEqualTo(root.get("validFrom"), f.now()));
                }
            }
            if (f.holder() != null) {
                where.add(cb.equal(root.get("holder"), f.holder()));
            }
            if (f.member() != null) {
                where.add(cb.or(
                        cb.equal(root.get("holder"), f.member()), Specs.inList(cb, root.get("members"), f.member())));
            }
            if (f.dataset() != null) {
                where.add(Specs.inList(cb, root.get("datasets"), f.dataset()));
            }
            if (f.anyDataset() != null) {
                where.add(cb.or(f.anyDataset().stream()
                        .map(d -> Specs.inList(cb, root.get("datasets"), d))
                        .toArray(Predicate[]::new)));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("issuedAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("issuedAt"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The data-use log, newest report first; null filters match everything. */
    public List<DataUseView> dataUses(String permitId, String nodeId, boolean flaggedOnly) {
        return uses.search(blankToNull(permitId), blankToNull(nodeId), flaggedOnly);
    }

    public Optional<DataUseView> dataUse(String useId) {
        return uses.findById(useId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
