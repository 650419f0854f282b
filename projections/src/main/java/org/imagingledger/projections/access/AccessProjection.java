package org.imagingledger.projections.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.AccessRequestDraftSaved;
import org.imagingledger.domain.access.api.AccessRequestRejected;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestReturnedForChanges;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.AccessRequestWithdrawn;
import org.imagingledger.domain.access.api.ApplicantQuestionAnswered;
import org.imagingledger.domain.access.api.ApplicantQuestionAsked;
import org.imagingledger.domain.access.api.ChairConflictDeclared;
import org.imagingledger.domain.access.api.ConflictOfInterestDeclared;
import org.imagingledger.domain.access.api.DocumentAttached;
import org.imagingledger.domain.access.api.NodeDecisionRecorded;
import org.imagingledger.domain.access.api.PanelCommentPosted;
import org.imagingledger.domain.access.api.PurposeCheckOverridden;
import org.imagingledger.domain.access.api.PurposeCheckRecorded;
import org.imagingledger.domain.access.api.ReviewDeadlineExtended;
import org.imagingledger.domain.access.api.ReviewVoteCast;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("access")
class AccessProjection {

    private final AccessRequestViewRepository requests;
    private final ReviewerViewRepository reviewers;
    private final NodeDecisionViewRepository nodeDecisions;
    private final PurposeCheckViewRepository checks;
    private final DocumentViewRepository documents;
    private final DiscussionViewRepository discussion;

    AccessProjection(
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

    @EventHandler
    void on(AccessRequestDraftSaved event) {
        AccessRequestView view = requests.findById(event.requestId())
                .orElseGet(() -> new AccessRequestView(event.requestId(), event.applicant(), event.at()));
        view.apply(event.content(), event.at());
        requests.save(view);
    }

    @EventHandler
    void on(AccessRequestSubmitted event) {
        newRound(event.requestId(), event.datasets(), event.nodeApprovals(), event.deadline(), event.at());
    }

    @EventHandler
    void on(AccessRequestResubmitted event) {
        newRound(event.requestId(), event.datasets(), event.nodeApprovals(), event.deadline(), event.at());
    }

    /**
     * A (re)submission opens a new review round: the rows of an earlier round go (the timeline
     * keeps them) and every dataset that needs its node's approval starts as pending. The
     * deletes are flushed first, because Hibernate would otherwise insert the new rows, with
     * the same keys, before it deletes the old ones.
     */
    private void newRound(
            String requestId, List<String> datasets, Map<String, String> approvals, Instant deadline, Instant at) {
        reviewers.deleteAll(reviewers.findByRequestIdOrderByAssignedAtAscReviewerAsc(requestId));
        nodeDecisions.deleteAll(nodeDecisions.findByRequestIdOrderByDatasetId(requestId));
        nodeDecisions.flush();
        checks.deleteAll(checks.findByRequestIdOrderByDatasetId(requestId));
        checks.flush();
        approvals.forEach((dataset, node) -> nodeDecisions.save(new NodeDecisionView(requestId, dataset, node)));
        requests.findById(requestId).ifPresent(view -> view.submitted(datasets, deadline, at));
    }

    /** The panel is replaced; the domain keeps everyone who voted or declared a conflict on it. */
    @EventHandler
    void on(ReviewersAssigned event) {
        List<ReviewerView> current = reviewers.findByRequestIdOrderByAssignedAtAscReviewerAsc(event.requestId());
        current.stream()
                .filter(r -> !event.reviewers().contains(r.getReviewer()))
                .forEach(reviewers::delete);
        List<String> kept = current.stream().map(ReviewerView::getReviewer).toList();
        event.reviewers().stream()
                .filter(r -> !kept.contains(r))
                .forEach(r -> reviewers.save(new ReviewerView(event.requestId(), r, event.at())));
        requests.findById(event.requestId())
                .ifPresent(view -> view.panel(event.reviewers().size(), event.quorum(), event.at()));
    }

    @EventHandler
    void on(ConflictOfInterestDeclared event) {
        reviewers
                .findById(ReviewerView.key(event.requestId(), event.reviewer()))
                .ifPresent(row -> row.conflict(event.comment()));
        requests.findById(event.requestId()).ifPresent(view -> view.touched(event.at()));
    }

    @EventHandler
    void on(ReviewVoteCast event) {
        reviewers
                .findById(ReviewerView.key(event.requestId(), event.reviewer()))
                .ifPresent(row -> row.vote(event.vote(), event.comment(), event.at()));
        requests.findById(event.requestId()).ifPresent(view -> view.voted(event.at()));
    }

    @EventHandler
    void on(NodeDecisionRecorded event) {
        nodeDecisions
                .findById(NodeDecisionView.key(event.requestId(), event.datasetId()))
                .ifPresent(row -> row.decide(event.agreed(), event.comment(), event.at()));
        requests.findById(event.requestId()).ifPresent(view -> view.touched(event.at()));
    }

    @EventHandler
    void on(ReviewDeadlineExtended event) {
        requests.findById(event.requestId()).ifPresent(view -> view.extended(event.deadline(), event.at()));
    }

    @EventHandler
    void on(AccessRequestApproved event) {
        requests.findById(event.requestId())
                .ifPresent(view -> view.approved(
                        event.permitId(),
                        event.validFrom(),
                        event.validUntil(),
                        event.conditions(),
                        event.overriddenDatasets() == null ? List.of() : event.overriddenDatasets(),
                        event.purposeExcluded() == null ? List.of() : event.purposeExcluded(),
                        event.reason(),
                        event.at()));
    }

    /** The request shows its permit's current validity, not only the one granted at approval. */
    @EventHandler
    void on(PermitExtended event) {
        requests.findByPermitId(event.permitId())
                .ifPresent(view -> view.permitExtended(event.validUntil(), event.at()));
    }

    @EventHandler
    void on(ChairConflictDeclared event) {
        requests.findById(event.requestId()).ifPresent(view -> view.chairConflict(event.chair(), event.at()));
    }

    @EventHandler
    void on(PurposeCheckRecorded event) {
        checks.findById(PurposeCheckView.key(event.requestId(), event.datasetId()))
                .ifPresentOrElse(row -> row.record(event), () -> checks.save(new PurposeCheckView(event)));
    }

    @EventHandler
    void on(PurposeCheckOverridden event) {
        checks.findById(PurposeCheckView.key(event.requestId(), event.datasetId()))
                .ifPresent(row -> row.overridden(event));
        requests.findById(event.requestId()).ifPresent(view -> view.touched(event.at()));
    }

    @EventHandler
    void on(DocumentAttached event) {
        documents.save(new DocumentView(event));
    }

    @EventHandler
    void on(PanelCommentPosted event) {
        discussion.save(new DiscussionView(
                event.commentId(),
                event.requestId(),
                DiscussionView.Kind.PANEL_COMMENT,
                event.text(),
                event.actor(),
                event.at()));
    }

    @EventHandler
    void on(ApplicantQuestionAsked event) {
        discussion.save(new DiscussionView(
                event.questionId(),
                event.requestId(),
                DiscussionView.Kind.QUESTION,
                event.text(),
                event.actor(),
                event.at()));
    }

    @EventHandler
    void on(ApplicantQuestionAnswered event) {
        discussion.findById(event.questionId()).ifPresent(q -> q.answered(event.text(), event.actor(), event.at()));
    }

    @EventHandler
    void on(AccessRequestRejected event) {
        requests.findById(event.requestId())
                .ifPresent(view -> view.closed(AccessRequestStatus.REJECTED, event.reason(), event.at()));
    }

    @EventHandler
    void on(AccessRequestReturnedForChanges event) {
        requests.findById(event.requestId())
                .ifPresent(view -> view.closed(AccessRequestStatus.RETURNED, event.reason(), event.at()));
    }

    @EventHandler
    void on(AccessRequestWithdrawn event) {
        requests.findById(event.requestId())
                .ifPresent(view -> view.closed(AccessRequestStatus.WITHDRAWN, event.reason(), event.at()));
    }
}
