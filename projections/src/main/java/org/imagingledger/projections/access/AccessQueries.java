package org.imagingledger.projections.access;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.projections.Paging;
import org.imagingledger.projections.Specs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of the access views. Whether a request is overdue
 * depends on "now", which the caller passes, so that the answer can be checked at any time.
 * Every list is read a page at a time, in a stable order.
 */
@Service
@Transactional(readOnly = true)
public class AccessQueries {

    static final List<AccessRequestStatus> OPEN =
            List.of(AccessRequestStatus.SUBMITTED, AccessRequestStatus.UNDER_REVIEW);
    /** Where questions may still be answered. */
    static final List<AccessRequestStatus> ANSWERABLE =
            List.of(AccessRequestStatus.SUBMITTED, AccessRequestStatus.UNDER_REVIEW, AccessRequestStatus.RETURNED);

    /**
     * The DAC queue's order: open requests first, by deadline (so the overdue ones lead), then
     * the closed ones, most recently changed first; the id breaks ties.
     */
    static final Sort QUEUE = Sort.by(
            Sort.Order.asc("queueRank"),
            Sort.Order.asc("queueDeadline"),
            Sort.Order.desc("updatedAt"),
            Sort.Order.asc("requestId"));

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("requestId"));
    static final Sort BY_DEADLINE = Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("requestId"));

    private final AccessRequestViewRepository requests;
    private final ReviewerViewRepository reviewers;
    private final NodeDecisionViewRepository nodeDecisions;
    private final PurposeCheckViewRepository checks;
    private final DocumentViewRepository documents;
    private final DiscussionViewRepository discussion;

    AccessQueries(
            AccessRequestViewRepository requests,
            ReviewerViewRepository reviewers,
            NodeDecisionViewRepository nodeDecisions,
            PurposeCheckViewRepository checks,
            DocumentViewRepository documents,
            DiscussionViewRepository discussion) {
        this.requests = requests;
        this.reviewers = reviewers;
        this.nodeDecisions = nodeDecisions;
        this.checks = checks;
        this.documents = documents;
        this.discussion = discussion;
    }

    /** A request in a list, with whether it is overdue at the time asked. */
    public record Row(AccessRequestView request, boolean overdue) {}

    /**
     * A request with its panel, the answers of its nodes, the purpose check of each dataset,
     * its documents and its discussion (panel comments and questions, oldest first).
     */
    public record Detail(
            AccessRequestView request,
            List<ReviewerView> reviewers,
            List<NodeDecisionView> nodeDecisions,
            List<PurposeCheckView> purposeChecks,
            List<DocumentView> documents,
            List<DiscussionView> discussion,
            boolean overdue) {}

    /** A node decision waiting for its node, with the request it belongs to. */
    public record NodeTask(AccessRequestView request, NodeDecisionView decision) {}

    /** A question waiting for the applicant's or the team's answer, with its request. */
    public record QuestionTask(AccessRequestView request, DiscussionView question) {}

    /** The DAC's queue: every request that was ever submitted (drafts are the applicant's own). */
    public Page<Row> queue(RequestFilter filter, Instant now, Pageable page) {
        Specification<AccessRequestView> notDraft =
                (root, query, cb) -> cb.notEqual(root.get("status"), AccessRequestStatus.DRAFT);
        return rows(requests.findAll(notDraft.and(matching(filter)), Paging.sorted(page, QUEUE)), now);
    }

    /** The requests a person made or is on the team of, newest first. */
    public Page<Row> requestsOf(String person, RequestFilter filter, Instant now, Pageable page) {
        Specification<AccessRequestView> mine = (root, query, cb) ->
                cb.or(cb.equal(root.get("applicant"), person), Specs.inList(cb, root.get("team"), person));
        return rows(requests.findAll(mine.and(matching(filter)), Paging.sorted(page, NEWEST_FIRST)), now);
    }

    /** Open requests whose statutory deadline has passed, the longest overdue first. */
    public Page<AccessRequestView> overdue(Instant now, Pageable page) {
        Specification<AccessRequestView> overdue =
                (root, query, cb) -> cb.and(root.get("status").in(OPEN), cb.lessThan(root.get("deadline"), now));
        return requests.findAll(overdue, Paging.sorted(page, BY_DEADLINE));
    }

    public long overdueCount(Instant now) {
        return overdue(now, Pageable.ofSize(1)).getTotalElements();
    }

    public Optional<AccessRequestView> summary(String requestId) {
        return requests.findById(requestId);
    }

    public Optional<Detail> request(String requestId, Instant now) {
        return requests.findById(requestId)
                .map(v -> new Detail(
                        v,
                        reviewers.findByRequestIdOrderByAssignedAtAscReviewerAsc(requestId),
                        nodeDecisions.findByRequestIdOrderByDatasetId(requestId),
                        checks.findByRequestIdOrderByDatasetId(requestId),
                        documents.findByRequestIdOrderByUploadedAtAscDocumentIdAsc(requestId),
                        discussion.findByRequestIdOrderByPostedAtAscEntryIdAsc(requestId),
                        v.isOverdueAt(now)));
    }

    public Optional<DocumentView> document(String documentId) {
        return documents.findById(documentId);
    }

    /** Open requests, for re-checking them when the policy changes; by id, a page at a time. */
    public Page<AccessRequestView> open(Pageable page) {
        Specification<AccessRequestView> open =
                (root, query, cb) -> root.get("status").in(OPEN);
        return requests.findAll(open, Paging.sorted(page, Sort.by("requestId")));
    }

    /**
     * How many submitted requests are in each status, every status listed but DRAFT (for the
     * queue's chart): a draft is its applicant's alone and is never counted where the DAC looks.
     */
    public Map<AccessRequestStatus, Long> countsByStatus() {
        Map<AccessRequestStatus, Long> counts = new EnumMap<>(AccessRequestStatus.class);
        for (AccessRequestStatus status : AccessRequestStatus.values()) {
            if (status != AccessRequestStatus.DRAFT) {
                counts.put(status, 0L);
            }
        }
        for (Object[] row : requests.countByStatus()) {
            if (row[0] != AccessRequestStatus.DRAFT) {
                counts.put((AccessRequestStatus) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    /** Submitted requests (never drafts) submitted or decided since the time, for the trends. */
    public List<AccessRequestView> submittedOrDecidedSince(Instant since) {
        Specification<AccessRequestView> recent = (root, query, cb) -> cb.and(
                cb.notEqual(root.get("status"), AccessRequestStatus.DRAFT),
                cb.or(
                        cb.greaterThanOrEqualTo(root.get("submittedAt"), since),
                        cb.greaterThanOrEqualTo(root.get("decidedAt"), since)));
        return requests.findAll(recent, Sort.by("submittedAt", "requestId"));
    }

    /** How many of a person's own (or team) requests are open, and how many of those overdue. */
    public long[] openAndOverdueOf(String person, Instant now) {
        Specification<AccessRequestView> mine = (root, query, cb) -> cb.and(
                root.get("status").in(OPEN),
                cb.or(cb.equal(root.get("applicant"), person), Specs.inList(cb, root.get("team"), person)));
        Specification<AccessRequestView> late = (root, query, cb) -> cb.lessThan(root.get("deadline"), now);
        return new long[] {requests.count(mine), requests.count(mine.and(late))};
    }

    // --- the inbox

    /** Requests under review where the person sits on the panel, has not voted and declared no conflict. */
    public Page<AccessRequestView> awaitingVote(String reviewer, Pageable page) {
        return requests.awaitingVote(reviewer, AccessRequestStatus.UNDER_REVIEW, Paging.sorted(page, BY_DEADLINE));
    }

    /** Node decisions the node still owes on open requests, the earliest deadline first. */
    public Page<NodeTask> awaitingNode(String nodeId, Pageable page) {
        Page<NodeDecisionView> pending =
                nodeDecisions.pendingFor(nodeId, OPEN, Paging.sorted(page, Sort.by("requestId", "datasetId")));
        Map<String, AccessRequestView> byId =
                byId(pending.stream().map(NodeDecisionView::getRequestId).toList());
        return pending.map(n -> new NodeTask(byId.get(n.getRequestId()), n));
    }

    /**
     * Open requests whose next step is a chair's: a panel to assign, or a decision now that the
     * quorum has voted and every node has answered. Leaves out the requests the chair may not
     * chair: their own or their team's, those they declared a conflict on, those they review.
     */
    public Page<AccessRequestView> awaitingChair(String chair, Pageable page) {
        return requests.awaitingChair(
                AccessRequestStatus.SUBMITTED, OPEN, chair, Specs.listPattern(chair), Paging.sorted(page, BY_DEADLINE));
    }

    /** Unanswered questions on requests the person made or is on the team of, oldest first. */
    public Page<QuestionTask> awaitingAnswer(String person, Pageable page) {
        Page<DiscussionView> open = discussion.awaitingAnswer(
                DiscussionView.Kind.QUESTION,
                ANSWERABLE,
                person,
                Specs.listPattern(person),
                Paging.sorted(page, Sort.by("postedAt", "entryId")));
        Map<String, AccessRequestView> byId =
                byId(open.stream().map(DiscussionView::getRequestId).toList());
        return open.map(q -> new QuestionTask(byId.get(q.getRequestId()), q));
    }

    private Map<String, AccessRequestView> byId(List<String> ids) {
        return requests.findAllById(ids).stream()
                .collect(Collectors.toMap(AccessRequestView::getRequestId, Function.identity()));
    }

    private static Page<Row> rows(Page<AccessRequestView> page, Instant now) {
        List<Row> rows = new ArrayList<>();
        page.forEach(v -> rows.add(new Row(v, v.isOverdueAt(now))));
        return new PageImpl<>(rows, page.getPageable(), page.getTotalElements());
    }

    private static Specification<AccessRequestView> matching(RequestFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.title() != null) {
                where.add(Specs.containsIgnoreCase(cb, root.get("title"), f.title()));
            }
            if (f.applicant() != null) {
                where.add(cb.equal(root.get("applicant"), f.applicant()));
            }
            if (f.dataset() != null) {
                where.add(Specs.inList(cb, root.get("datasets"), f.dataset()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("submittedAt"), f.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
