package org.imagingledger.projections.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingledger.domain.access.api.AccessRequestDraftSaved;
import org.imagingledger.domain.access.api.AccessRequestResubmitted;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.domain.access.api.AccessRequestSubmitted;
import org.imagingledger.domain.access.api.ApplicantQuestionAnswered;
import org.imagingledger.domain.access.api.ApplicantQuestionAsked;
import org.imagingledger.domain.access.api.ChairConflictDeclared;
import org.imagingledger.domain.access.api.DocumentAttached;
import org.imagingledger.domain.access.api.DocumentKind;
import org.imagingledger.domain.access.api.NodeDecisionRecorded;
import org.imagingledger.domain.access.api.PanelCommentPosted;
import org.imagingledger.domain.access.api.PolicyItem;
import org.imagingledger.domain.access.api.PurposeCheckOutcome;
import org.imagingledger.domain.access.api.PurposeCheckOverridden;
import org.imagingledger.domain.access.api.PurposeCheckRecorded;
import org.imagingledger.domain.access.api.PurposeCheckTrigger;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.access.api.ReviewVote;
import org.imagingledger.domain.access.api.ReviewVoteCast;
import org.imagingledger.domain.access.api.ReviewersAssigned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Purpose checks, documents, discussion, the queue's pages and filters, and the inbox queries. */
@DataJpaTest
class DecisionSupportProjectionTest {

    @SpringBootApplication
    static class Views {}

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

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

    private static RequestContent content(String title, List<String> datasets, List<String> team) {
        return new RequestContent(
                title,
                datasets,
                new ResearchPurpose(List.of("DUO:0000006"), null, false, false, false),
                "summary",
                List.of("FEDERATED_TRAINING"),
                T0,
                T0.plus(Duration.ofDays(365)),
                team);
    }

    private void submitted(String id, String applicant, String title, List<String> datasets, Instant at) {
        projection.on(new AccessRequestDraftSaved(
                id, applicant, content(title, datasets, List.of("team_mate")), applicant, at));
        projection.on(new AccessRequestSubmitted(
                id,
                applicant,
                datasets,
                Map.of(datasets.get(0), "node-1"),
                at.plus(Duration.ofDays(61)),
                applicant,
                at));
    }

    private PurposeCheckRecorded check(String id, String dataset, boolean allow, Instant at) {
        return new PurposeCheckRecorded(
                id,
                dataset,
                "rev-1",
                allow,
                allow ? PurposeCheckOutcome.COMPATIBLE : PurposeCheckOutcome.NOT_COMPATIBLE,
                List.of(
                        allow
                                ? new PolicyItem("ALLOWED", null, "allowed")
                                : new PolicyItem("DUO_NOT_HEALTH_RESEARCH", null, "not health research")),
                allow ? List.of(new PolicyItem("DUO:0000021", "IRB", "ethics approval required")) : List.of(),
                PurposeCheckTrigger.SUBMISSION,
                "rita",
                at);
    }

    @Test
    void theLatestCheckOfEachDatasetWithItsOverride() {
        submitted("p1", "rita", "Nodules", List.of("ds-1", "ds-2"), T0);
        projection.on(check("p1", "ds-1", true, T0));
        projection.on(check("p1", "ds-2", false, T0));
        projection.on(new PurposeCheckOverridden(
                "p1",
                "ds-2",
                "rev-1",
                List.of("DUO_NOT_HEALTH_RESEARCH"),
                "agreed with node",
                "carla",
                T0.plusSeconds(5)));

        List<PurposeCheckView> rows = queries.request("p1", T0).orElseThrow().purposeChecks();
        assertThat(rows).extracting(PurposeCheckView::getDatasetId).containsExactly("ds-1", "ds-2");
        assertThat(rows.get(0).isAllowed()).isTrue();
        assertThat(rows.get(0).getObligations())
                .containsExactly(new PolicyItem("DUO:0000021", "IRB", "ethics approval required"));
        assertThat(rows.get(1).getOutcome()).isEqualTo(PurposeCheckOutcome.NOT_COMPATIBLE);
        assertThat(rows.get(1).getReasons()).extracting(PolicyItem::code).containsExactly("DUO_NOT_HEALTH_RESEARCH");
        assertThat(rows.get(1).isOverridden()).isTrue();
        assertThat(rows.get(1).getOverrideReason()).isEqualTo("agreed with node");
        assertThat(rows.get(1).isGrantable()).isTrue();

        projection.on(check("p1", "ds-2", true, T0.plusSeconds(9)));
        assertThat(queries.request("p1", T0)
                        .orElseThrow()
                        .purposeChecks()
                        .get(1)
                        .isAllowed())
                .isTrue();
    }

    @Test
    void aResubmissionReplacesTheChecks() {
        submitted("p2", "rita", "Nodules", List.of("ds-1", "ds-2"), T0);
        projection.on(check("p2", "ds-1", false, T0));
        projection.on(check("p2", "ds-2", false, T0));
        projection.on(new AccessRequestResubmitted(
                "p2",
                "rita",
                List.of("ds-1", "ds-2"),
                Map.of(),
                T0.plus(Duration.ofDays(70)),
                "rita",
                T0.plusSeconds(60)));
        projection.on(check("p2", "ds-1", true, T0.plusSeconds(60)));
        assertThat(queries.request("p2", T0).orElseThrow().purposeChecks())
                .singleElement()
                .satisfies(c -> assertThat(c.isAllowed()).isTrue());
    }

    @Test
    void documentsAndDiscussionInOrder() {
        submitted("p3", "rita", "Nodules", List.of("ds-1"), T0);
        projection.on(new DocumentAttached(
                "p3",
                "doc-1",
                DocumentKind.ETHICS_APPROVAL,
                "ethics.pdf",
                "application/pdf",
                2048,
                "a".repeat(64),
                "rita",
                T0));
        projection.on(new PanelCommentPosted("p3", "c-1", "small cohort", "dora", T0.plusSeconds(1)));
        projection.on(new ApplicantQuestionAsked("p3", "q-1", "Which scanners?", "dora", T0.plusSeconds(2)));
        projection.on(new ApplicantQuestionAnswered("p3", "q-1", "GE", "rita", T0.plusSeconds(3)));

        AccessQueries.Detail detail = queries.request("p3", T0).orElseThrow();
        assertThat(detail.documents()).singleElement().satisfies(d -> {
            assertThat(d.getKind()).isEqualTo(DocumentKind.ETHICS_APPROVAL);
            assertThat(d.getSha256()).hasSize(64);
        });
        assertThat(detail.discussion())
                .extracting(DiscussionView::getKind)
                .containsExactly(DiscussionView.Kind.PANEL_COMMENT, DiscussionView.Kind.QUESTION);
        assertThat(detail.discussion().get(1).getAnswer()).isEqualTo("GE");
    }

    @Test
    void theQueueIsPagedWithATotalAndFiltered() {
        for (int i = 0; i < 7; i++) {
            submitted(
                    "pg-" + i,
                    "rita",
                    i % 2 == 0 ? "Lung nodules " + i : "Prostate " + i,
                    List.of("ds_" + i),
                    T0.plusSeconds(i));
        }
        Page<AccessQueries.Row> first = queries.queue(filter(null, null, null), T0, PageRequest.of(0, 3));
        Page<AccessQueries.Row> third = queries.queue(filter(null, null, null), T0, PageRequest.of(2, 3));
        assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(7);
        assertThat(first.getContent()).hasSize(3);
        assertThat(third.getContent()).isNotEmpty();
        assertThat(first.getContent())
                .extracting(r -> r.request().getRequestId())
                .doesNotContainAnyElementsOf(third.getContent().stream()
                        .map(r -> r.request().getRequestId())
                        .toList());

        assertThat(queries.queue(filter("lung", null, null), T0, PageRequest.of(0, 50)))
                .extracting(r -> r.request().getRequestId())
                .contains("pg-0", "pg-2", "pg-4", "pg-6")
                .doesNotContain("pg-1");
        // '_' in an id is no wildcard: ds_1 does not match ds-1 or dsx1
        assertThat(queries.queue(filter(null, "ds_1", null), T0, PageRequest.of(0, 50)))
                .extracting(r -> r.request().getRequestId())
                .containsExactly("pg-1");
        assertThat(queries.queue(filter(null, null, AccessRequestStatus.APPROVED), T0, PageRequest.of(0, 50)))
                .isEmpty();
    }

    private static RequestFilter filter(String title, String dataset, AccessRequestStatus status) {
        return new RequestFilter(title, null, dataset, status, null, null);
    }

    @Test
    void theInboxFindsWhatWaitsForEachPerson() {
        submitted("ib-1", "rita", "Inbox one", List.of("ds-i1"), T0);
        projection.on(new ReviewersAssigned("ib-1", List.of("dora", "dirk"), 2, "carla", T0.plusSeconds(1)));
        projection.on(new ReviewVoteCast("ib-1", "dora", ReviewVote.APPROVE, "ok", "dora", T0.plusSeconds(2)));
        submitted("ib-2", "remo", "Inbox two", List.of("ds-i2"), T0);
        projection.on(new ChairConflictDeclared("ib-2", "carla", "friend", "carla", T0.plusSeconds(3)));
        projection.on(new ApplicantQuestionAsked("ib-1", "q-ib", "Why?", "dirk", T0.plusSeconds(4)));

        assertThat(queries.awaitingVote("dirk", PageRequest.of(0, 50)))
                .extracting(AccessRequestView::getRequestId)
                .contains("ib-1");
        assertThat(queries.awaitingVote("dora", PageRequest.of(0, 50)))
                .extracting(AccessRequestView::getRequestId)
                .doesNotContain("ib-1");
        assertThat(queries.awaitingNode("node-1", PageRequest.of(0, 50)))
                .extracting(t -> t.request().getRequestId())
                .contains("ib-1", "ib-2");
        // ib-1 waits for votes and its node; ib-2 for a panel, but carla declared a conflict
        assertThat(queries.awaitingChair("carla", PageRequest.of(0, 50)))
                .extracting(AccessRequestView::getRequestId)
                .doesNotContain("ib-1", "ib-2");
        assertThat(queries.awaitingChair("ciro", PageRequest.of(0, 50)))
                .extracting(AccessRequestView::getRequestId)
                .contains("ib-2")
                .doesNotContain("ib-1");
        projection.on(new ReviewVoteCast("ib-1", "dirk", ReviewVote.APPROVE, "ok", "dirk", T0.plusSeconds(5)));
        projection.on(
                new NodeDecisionRecorded("ib-1", "ds-i1", "node-1", true, null, "node:node-1", T0.plusSeconds(6)));
        assertThat(queries.awaitingChair("ciro", PageRequest.of(0, 50)))
                .extracting(AccessRequestView::getRequestId)
                .contains("ib-1", "ib-2");
        // the team member is never the chair of their own request
        assertThat(queries.awaitingChair("team_mate", PageRequest.of(0, 50)))
                .extracting(AccessRequestView::getRequestId)
                .doesNotContain("ib-1", "ib-2");
        assertThat(queries.awaitingAnswer("team_mate", PageRequest.of(0, 50)))
                .extracting(t -> t.question().getEntryId())
                .contains("q-ib");
        assertThat(queries.awaitingAnswer("remo", PageRequest.of(0, 50)))
                .extracting(t -> t.question().getEntryId())
                .doesNotContain("q-ib");
    }
}
