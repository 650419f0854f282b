package org.imagingledger.web.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingledger.application.dac.Deputies;
import org.imagingledger.application.inbox.InboxService;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.PageParams;
import org.imagingledger.application.shared.Role;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.DiscussionView;
import org.imagingledger.projections.access.RequestFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seeders run on an empty ledger of their own and leave requests in every state. */
@SpringBootTest(
        properties = {"ledger.demo.enabled=true", "spring.datasource.url=jdbc:h2:mem:access-demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class AccessDemoTest {

    @Autowired
    private AccessQueries access;

    @Test
    void demoHasRequestsInEveryStateAndAnExpiringPermit() {
        Map<AccessRequestStatus, Long> counts = access.countsByStatus();
        assertThat(counts)
                .doesNotContainKey(AccessRequestStatus.DRAFT)
                .containsEntry(AccessRequestStatus.SUBMITTED, 1L)
                .containsEntry(AccessRequestStatus.UNDER_REVIEW, 3L)
                .containsEntry(AccessRequestStatus.RETURNED, 1L)
                .containsEntry(AccessRequestStatus.REJECTED, 1L)
                .containsEntry(AccessRequestStatus.WITHDRAWN, 1L)
                .containsEntry(AccessRequestStatus.APPROVED, 3L);

        Instant now = Instant.now();
        List<AccessRequestView> overdue =
                access.overdue(now, PageRequest.of(0, 50)).getContent();
        assertThat(overdue)
                .singleElement()
                .satisfies(v -> assertThat(v.getTitle()).isEqualTo("Paediatric MR tumour grading"));
        List<AccessQueries.Row> queue =
                access.queue(RequestFilter.none(), now, PageRequest.of(0, 50)).getContent();
        assertThat(queue.get(0).overdue()).isTrue();

        List<AccessRequestView> approved = queue.stream()
                .map(AccessQueries.Row::request)
                .filter(v -> v.getStatus() == AccessRequestStatus.APPROVED)
                .toList();
        assertThat(approved).allSatisfy(v -> assertThat(v.getPermitId()).startsWith("permit-"));
        assertThat(approved).anySatisfy(v -> assertThat(v.getValidUntil()).isBefore(now.plus(Duration.ofDays(4))));
        AccessRequestView breast = approved.stream()
                .filter(v -> v.getTitle().equals("Federated breast density model"))
                .findFirst()
                .orElseThrow();
        assertThat(access.request(breast.getRequestId(), now).orElseThrow().nodeDecisions())
                .extracting(d -> d.getDatasetId() + ":" + d.getAgreed())
                .containsExactlyInAnyOrder("ds-breast-mg:true", "ds-paediatric-mr:false");
    }

    @Autowired
    private InboxService inbox;

    @Autowired
    private Deputies deputies;

    /** The demo shows a failed purpose check, documents, a discussion, a deputy and inboxes with work. */
    @Test
    void demoShowsDecisionSupport() {
        Instant now = Instant.now();
        List<AccessRequestView> all =
                access.queue(RequestFilter.none(), now, PageRequest.of(0, 50)).getContent().stream()
                        .map(AccessQueries.Row::request)
                        .toList();
        AccessRequestView broad = byTitle(all, "General image foundation model");
        AccessQueries.Detail detail = access.request(broad.getRequestId(), now).orElseThrow();
        assertThat(detail.purposeChecks())
                .extracting(c -> c.getDatasetId() + ":" + c.getOutcome())
                .containsExactlyInAnyOrder("ds-breast-mg:NOT_COMPATIBLE", "ds-prostate-mr:COMPATIBLE");
        assertThat(detail.discussion())
                .extracting(DiscussionView::getKind)
                .contains(DiscussionView.Kind.PANEL_COMMENT, DiscussionView.Kind.QUESTION);

        AccessRequestView colorectal = byTitle(all, "Colorectal polyp detection benchmark");
        assertThat(access.request(colorectal.getRequestId(), now).orElseThrow().documents())
                .extracting(d -> d.getKind().name())
                .containsExactlyInAnyOrder("ETHICS_APPROVAL", "PROTOCOL");
        assertThat(colorectal.getConflictedChairs()).containsExactly("carla.chair");
        assertThat(deputies.isDeputy("diana.dac")).isTrue();

        PageParams page = PageParams.first();
        assertThat(inbox.of(Caller.person("carla.chair", Role.DAC_CHAIR, Role.DAC_MEMBER), page)
                        .chair())
                .extracting(AccessRequestView::getRequestId)
                .contains(broad.getRequestId())
                .doesNotContain(colorectal.getRequestId());
        assertThat(inbox.of(Caller.person("diana.dac", Role.DAC_MEMBER, Role.DAC_CHAIR), page)
                        .chair())
                .extracting(AccessRequestView::getRequestId)
                .contains(colorectal.getRequestId());
        assertThat(inbox.of(Caller.person("dirk.dac", Role.DAC_MEMBER), page).votes())
                .isNotEmpty();
        assertThat(inbox.of(Caller.person("rita.researcher", Role.RESEARCHER), page)
                        .questions())
                .isNotEmpty();
        assertThat(inbox.of(Caller.person("rita.researcher", Role.RESEARCHER), page)
                        .permitsEnding())
                .isNotEmpty();
    }

    private static AccessRequestView byTitle(List<AccessRequestView> requests, String title) {
        return requests.stream()
                .filter(r -> title.equals(r.getTitle()))
                .findFirst()
                .orElseThrow();
    }
}
