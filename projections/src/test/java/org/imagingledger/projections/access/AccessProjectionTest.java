package org.imagingledger.projections.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.AccessRequestDraftSaved;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestReturnedForChanges;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.AccessRequestWithdrawn;
import org.imagingledger.domain.access.api.ConflictOfInterestDeclared;
import org.imagingledger.domain.access.api.NodeDecisionRecorded;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.access.api.ReviewDeadlineExtended;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.ReviewVoteCast;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds events to the projection, as Axon would, and reads them back through AccessQueries. */
@DataJpaTest
class AccessProjectionTest {

    /** Only this package's views: the test needs no application. */
    @SpringBootApplication
    static class Views {}

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Pageable PAGE = PageRequest.of(0, 50);
    private static final RequestContent CONTENT = new RequestContent(
            "Lung nodules",
            List.of("ds-1", "ds-2"),
            new ResearchPurpose(List.of("DUO:0000006"), null, false, false, false),
            "summary",
            List.of("FEDERATED_TRAINING"),
            T0,
            T0.plus(Duration.ofDays(365)),
            List.of("remo"));

    @Autowired
    private AccessRequestViewRepository requests;

    @Autowired
    private ReviewerViewRepository reviewers;

    @Autowired
    private NodeDecisionViewRepository nodeDecisions;

    @Autowired
    private PurposeCheckViewRepository checks;

    @Autowired
    private DocumentViewRepository documents;

    @Autowired
    private DiscussionViewRepository discussion;

    private AccessProjection projection;
    private AccessQueries queries;

    @BeforeEach
    void setUp() {
        projection = new AccessProjection(requests, reviewers, nodeDecisions, checks, documents, discussion);
        queries = new AccessQueries(requests, reviewers, nodeDecisions, checks, documents, discussion);
    }

    private void submitted(String id, String applicant, Instant at) {
        projection.on(new AccessRequestDraftSaved(id, applicant, CONTENT, applicant, at));
        projection.on(new AccessRequestSubmitted(
                id,
                applicant,
                CONTENT.datasets(),
                Map.of("ds-1", "node-1"),
                at.plus(Duration.ofDays(61)),
                applicant,
                at));
    }

    @Test
    void reviewRoundIsShownWithPanelVotesAndNodeAnswers() {
        submitted("r1", "rita", T0);
        projection.on(new ReviewersAssigned("r1", List.of("dora", "dirk", "diana"), 2, "carla", T0.plusSeconds(10)));
        projection.on(new ConflictOfInterestDeclared("r1", "diana", "co-author", "diana", T0.plusSeconds(20)));
        projection.on(new ReviewVoteCast("r1", "dora", ReviewVote.APPROVE, "fine", "dora", T0.plusSeconds(30)));
        projection.on(new ReviewVoteCast("r1", "dirk", ReviewVote.ABSTAIN, "no view", "dirk", T0.plusSeconds(40)));
        projection.on(new NodeDecisionRecorded("r1", "ds-1", "node-1", false, "no", "node:node-1", T0.plusSeconds(50)));
        projection.on(new ReviewDeadlineExtended(
                "r1",
                "expert",
                T0.plus(Duration.ofDays(61)),
                T0.plus(Duration.ofDays(122)),
                "carla",
                T0.plusSeconds(60)));
        projection.on(new AccessRequestApproved(
                "r1",
                "permit-1",
                "rita",
                List.of("ds-2"),
                CONTENT.purpose(),
                CONTENT.operations(),
                List.of("rita", "remo"),
                T0,
                T0.plus(Duration.ofDays(90)),
                List.of("cite the node, always", "no re-identification"),
                List.of(),
                List.of(),
                null,
                "carla",
                T0.plusSeconds(70)));

        AccessQueries.Detail detail = queries.request("r1", T0).orElseThrow();
        AccessRequestView view = detail.request();
        assertThat(view.getStatus()).isEqualTo(AccessRequestStatus.APPROVED);
        assertThat(view.getQuorum()).isEqualTo(2);
        assertThat(view.getReviewerCount()).isEqualTo(3);
        assertThat(view.getVotesCount()).isEqualTo(2);
        assertThat(view.isExtended()).isTrue();
        assertThat(view.getDeadline()).isEqualTo(T0.plus(Duration.ofDays(122)));
        assertThat(view.getSubmittedAt()).isEqualTo(T0);
        assertThat(view.getDecidedAt()).isEqualTo(T0.plusSeconds(70));
        assertThat(view.getPermitId()).isEqualTo("permit-1");
        assertThat(view.getConditions()).containsExactly("cite the node, always", "no re-identification");
        assertThat(view.getPurpose().getCodes()).containsExactly("DUO:0000006");
        assertThat(detail.reviewers())
                .extracting(ReviewerView::getReviewer)
                .containsExactlyInAnyOrder("dora", "dirk", "diana");
        assertThat(detail.reviewers())
                .filteredOn(ReviewerView::isConflict)
                .extracting(ReviewerView::getReviewer)
                .containsExactly("diana");
        assertThat(detail.reviewers()).filteredOn(r -> r.getVote() != null).hasSize(2);
        assertThat(detail.nodeDecisions()).singleElement().satisfies(d -> {
            assertThat(d.getDatasetId()).isEqualTo("ds-1");
            assertThat(d.getAgreed()).isFalse();
            assertThat(d.getComment()).isEqualTo("no");
        });
    }

    @Test
    void resubmissionStartsAFreshRound() {
        submitted("r2", "rita", T0);
        projection.on(new ReviewersAssigned("r2", List.of("dora", "dirk"), 2, "carla", T0.plusSeconds(10)));
        projection.on(new ReviewVoteCast("r2", "dora", ReviewVote.REJECT, "unclear", "dora", T0.plusSeconds(30)));
        projection.on(new NodeDecisionRecorded("r2", "ds-1", "node-1", true, null, "node:node-1", T0.plusSeconds(50)));
        projection.on(new AccessRequestReturnedForChanges("r2", "explain", "carla", T0.plusSeconds(60)));
        assertThat(queries.summary("r2").orElseThrow().getOutcomeReason()).isEqualTo("explain");

        Instant again = T0.plus(Duration.ofDays(5));
        projection.on(new AccessRequestResubmitted(
                "r2",
                "rita",
                CONTENT.datasets(),
                Map.of("ds-1", "node-1"),
                again.plus(Duration.ofDays(61)),
                "rita",
                again));

        AccessQueries.Detail detail = queries.request("r2", again).orElseThrow();
        assertThat(detail.request().getStatus()).isEqualTo(AccessRequestStatus.SUBMITTED);
        assertThat(detail.request().getVotesCount()).isZero();
        assertThat(detail.request().getOutcomeReason()).isNull();
        assertThat(detail.reviewers()).isEmpty();
        assertThat(detail.nodeDecisions())
                .singleElement()
                .satisfies(d -> assertThat(d.isPending()).isTrue());
    }

    @Test
    void queuePutsOverdueFirstThenByDeadlineAndCountsStatuses() {
        Instant now = T0.plus(Duration.ofDays(100));
        submitted("q-late", "rita", T0); // deadline T0+61d: overdue
        submitted("q-later", "rita", T0.plus(Duration.ofDays(10))); // deadline T0+71d: overdue
        submitted("q-soon", "remo", T0.plus(Duration.ofDays(90))); // deadline T0+151d
        submitted("q-gone", "remo", T0.plus(Duration.ofDays(1)));
        projection.on(new AccessRequestWithdrawn("q-gone", null, "remo", T0.plus(Duration.ofDays(2))));
        projection.on(new AccessRequestDraftSaved("q-draft", "rita", CONTENT, "rita", T0));

        List<AccessQueries.Row> queue =
                queries.queue(RequestFilter.none(), now, PAGE).getContent();
        assertThat(queue)
                .extracting(r -> r.request().getRequestId())
                .containsExactly("q-late", "q-later", "q-soon", "q-gone");
        assertThat(queue).extracting(AccessQueries.Row::overdue).containsExactly(true, true, false, false);
        assertThat(queries.overdue(now, PAGE))
                .extracting(AccessRequestView::getRequestId)
                .containsExactly("q-late", "q-later");
        assertThat(queries.overdue(T0, PAGE)).isEmpty();
        assertThat(queries.requestsOf("rita", RequestFilter.none(), now, PAGE))
                .extracting(r -> r.request().getRequestId())
                .containsExactlyInAnyOrder("q-late", "q-later", "q-draft");

        // a draft is never counted where the DAC looks (it cannot open it)
        Map<AccessRequestStatus, Long> counts = queries.countsByStatus();
        assertThat(counts)
                .containsEntry(AccessRequestStatus.SUBMITTED, 3L)
                .containsEntry(AccessRequestStatus.WITHDRAWN, 1L)
                .doesNotContainKey(AccessRequestStatus.DRAFT)
                .containsEntry(AccessRequestStatus.APPROVED, 0L);
        assertThat(counts.keySet())
                .containsExactly(java.util.Arrays.stream(AccessRequestStatus.values())
                        .filter(st -> st != AccessRequestStatus.DRAFT)
                        .toArray(AccessRequestStatus[]::new));
    }
}
