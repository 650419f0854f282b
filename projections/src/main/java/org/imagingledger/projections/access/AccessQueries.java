package org.imagingledger.projections.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application may ask of the access views. Whether a request is overdue
 * depends on "now", which the caller passes, so that the answer can be checked at any time.
 */
@Service
@Transactional(readOnly = true)
public class AccessQueries {

    private static final List<AccessRequestStatus> OPEN =
            List.of(AccessRequestStatus.SUBMITTED, AccessRequestStatus.UNDER_REVIEW);

    private final AccessRequestViewRepository requests;
    private final ReviewerViewRepository reviewers;
    private final NodeDecisionViewRepository nodeDecisions;

    AccessQueries(
            AccessRequestViewRepository requests,
            ReviewerViewRepository reviewers,
            NodeDecisionViewRepository nodeDecisions) {
        this.requests = requests;
        this.reviewers = reviewers;
        this.nodeDecisions = nodeDecisions;
    }

    /** A request in a list, with whether it is overdue at the time asked. */
    public record Row(AccessRequestView request, boolean overdue) {}

    /** A request with its panel and the answers of its nodes. */
    public record Detail(
            AccessRequestView request,
            List<ReviewerView> reviewers,
            List<NodeDecisionView> nodeDecisions,
            boolean overdue) {}

    /**
     * The DAC's queue: every request that was ever submitted (drafts are the applicant's own).
     * Open requests come first, overdue ones before the rest, each by deadline; then the closed
     * ones, most recent first.
     */
    public List<Row> queue(Instant now) {
        Comparator<Row> order = Comparator.<Row, Boolean>comparing(
                        r -> !r.request().getStatus().isOpen())
                .thenComparing(r -> !r.overdue())
                .thenComparing(
                        r -> r.request().getStatus().isOpen() ? r.request().getDeadline() : Instant.MAX)
                .thenComparing(r -> r.request().getUpdatedAt(), Comparator.reverseOrder());
        return requests.findByStatusNot(AccessRequestStatus.DRAFT).stream()
                .map(v -> new Row(v, v.isOverdueAt(now)))
                .sorted(order)
                .toList();
    }

    public List<Row> requestsOf(String applicant, Instant now) {
        return requests.findByApplicantOrderByCreatedAtDesc(applicant).stream()
                .map(v -> new Row(v, v.isOverdueAt(now)))
                .toList();
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
                        v.isOverdueAt(now)));
    }

    /** Open requests whose statutory deadline has passed, the longest overdue first. */
    public List<AccessRequestView> overdue(Instant now) {
        return requests.findByStatusInOrderByDeadline(OPEN).stream()
                .filter(v -> v.isOverdueAt(now))
                .toList();
    }

    /** How many requests are in each status, every status listed (for the queue's chart). */
    public Map<AccessRequestStatus, Long> countsByStatus() {
        Map<AccessRequestStatus, Long> counts = new EnumMap<>(AccessRequestStatus.class);
        for (AccessRequestStatus status : AccessRequestStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : requests.countByStatus()) {
            counts.put((AccessRequestStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
