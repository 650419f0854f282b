package org.imagingledger.projections.consent;

import jakarta.persistence.criteria.Predicate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.projections.Paging;
import org.imagingledger.projections.Specs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the application may ask of consent status and withdrawal notices. */
@Service
@Transactional(readOnly = true)
public class ConsentQueries {

    /** Pending notices first, oldest first; then acknowledged ones, most recent first. */
    static final Comparator<WithdrawalNoticeView> UNACKNOWLEDGED_FIRST = Comparator.comparing(
                    WithdrawalNoticeView::isPending)
            .reversed()
            .thenComparing((a, b) -> a.isPending()
                    ? a.getIssuedAt().compareTo(b.getIssuedAt())
                    : b.getIssuedAt().compareTo(a.getIssuedAt()))
            .thenComparing(WithdrawalNoticeView::getNoticeId);

    private final ConsentViewRepository consents;
    private final WithdrawalNoticeViewRepository notices;

    ConsentQueries(ConsentViewRepository consents, WithdrawalNoticeViewRepository notices) {
        this.consents = consents;
        this.notices = notices;
    }

    /** A notice with how long it has waited (until acknowledged, or until now). */
    public record NoticeAge(WithdrawalNoticeView notice, Duration age) {}

    public Optional<ConsentView> consent(String consentId) {
        return consents.findById(consentId);
    }

    public List<ConsentView> consents() {
        return consents.findAll(Sort.by("consentId"));
    }

    public List<ConsentView> consentsOf(String nodeId) {
        return consents.findByNodeIdOrderByConsentId(nodeId);
    }

    /** The consent of a subject at a node that is not withdrawn, if any: there is at most one. */
    public Optional<ConsentView> activeConsent(String nodeId, String pseudonym) {
        return consents.findByNodeIdAndPseudonymAndStatus(nodeId, pseudonym, ConsentView.ACTIVE).stream()
                .findFirst();
    }

    public Optional<WithdrawalNoticeView> notice(String noticeId) {
        return notices.findById(noticeId);
    }

    public List<WithdrawalNoticeView> noticesOf(String consentId) {
        return notices.findByConsentIdOrderByNoticeId(consentId);
    }

    /** Every notice, unacknowledged first (oldest first), with its age at now. */
    public List<NoticeAge> notices(Instant now) {
        return withAge(notices.findAll().stream().sorted(UNACKNOWLEDGED_FIRST).toList(), now);
    }

    /** Unacknowledged notices only, oldest first, with their age at now. */
    public List<NoticeAge> pendingNotices(Instant now) {
        return withAge(notices.findByAcknowledgedAtIsNullOrderByIssuedAtAscNoticeIdAsc(), now);
    }

    /** The notices addressed to a node. */
    public List<NoticeAge> noticesToNode(String nodeId, Instant now) {
        return notices(now).stream()
                .filter(n -> n.notice().getRecipientKind() == RecipientKind.NODE
                        && n.notice().getRecipientId().equals(nodeId))
                .toList();
    }

    /** The permit notices a person may acknowledge as the permit holder. */
    public List<NoticeAge> noticesToHolder(String user, Instant now) {
        return notices(now).stream()
                .filter(n -> n.notice().getRecipientKind() == RecipientKind.PERMIT
                        && n.notice().getAddressee().equals(user))
                .toList();
    }

    /** A page of consents, by id. */
    public Page<ConsentView> consents(ConsentFilter f, Pageable page) {
        Specification<ConsentView> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.nodeId() != null) {
                where.add(cb.equal(root.get("nodeId"), f.nodeId()));
            }
            if (f.pseudonym() != null) {
                where.add(cb.equal(root.get("pseudonym"), f.pseudonym()));
            }
            if (f.dataset() != null) {
                where.add(
                        cb.or(cb.equal(root.get("datasets"), ""), Specs.inList(cb, root.get("datasets"), f.dataset())));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return consents.findAll(spec, Paging.sorted(page, Sort.by("consentId")));
    }

    /** A page of notices: pending first (oldest first), then acknowledged (most recent first), with ages. */
    public Page<NoticeAge> notices(NoticeFilter f, Instant now, Pageable page) {
        Specification<WithdrawalNoticeView> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.pendingOnly()) {
                where.add(cb.isNull(root.get("acknowledgedAt")));
            }
            if (f.nodeId() != null) {
                where.add(cb.equal(root.get("recipientKind"), RecipientKind.NODE.name()));
                where.add(cb.equal(root.get("recipientId"), f.nodeId()));
            }
            if (f.holder() != null) {
                where.add(cb.equal(root.get("recipientKind"), RecipientKind.PERMIT.name()));
                where.add(cb.equal(root.get("addressee"), f.holder()));
            }
            if (f.permitId() != null) {
                where.add(cb.equal(root.get("recipientKind"), RecipientKind.PERMIT.name()));
                where.add(cb.equal(root.get("recipientId"), f.permitId()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("issuedAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("issuedAt"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return notices.findAll(spec, Paging.sorted(page, Sort.by("listRank", "listOrder", "noticeId")))
                .map(v -> new NoticeAge(v, v.ageAt(now)));
    }

    private static List<NoticeAge> withAge(List<WithdrawalNoticeView> views, Instant now) {
        return views.stream().map(v -> new NoticeAge(v, v.ageAt(now))).toList();
    }
}
