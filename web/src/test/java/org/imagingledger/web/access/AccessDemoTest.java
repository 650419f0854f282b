package org.imagingledger.web.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.access.AccessRequestView;
import org.imagingledger.projections.access.RequestFilter;
import org.springframework.data.domain.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
                .containsEntry(AccessRequestStatus.DRAFT, 1L)
                .containsEntry(AccessRequestStatus.SUBMITTED, 1L)
                .containsEntry(AccessRequestStatus.UNDER_REVIEW, 2L)
                .containsEntry(AccessRequestStatus.RETURNED, 1L)
                .containsEntry(AccessRequestStatus.REJECTED, 1L)
                .containsEntry(AccessRequestStatus.WITHDRAWN, 1L)
                .containsEntry(AccessRequestStatus.APPROVED, 3L);

        Instant now = Instant.now();
        List<AccessRequestView> overdue = access.overdue(now, PageRequest.of(0, 50)).getContent();
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
}
