package org.imagingledger.projections.permit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.permit.api.DataUseFlagged;
import org.imagingledger.domain.permit.api.DataUseReported;
import org.imagingledger.domain.permit.api.PermitExpired;
import org.imagingledger.domain.permit.api.PermitExtended;
import org.imagingledger.domain.permit.api.PermitIssued;
import org.imagingledger.domain.permit.api.PermitReinstated;
import org.imagingledger.domain.permit.api.PermitRevoked;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.domain.permit.api.PermitSuspended;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import({PermitProjection.class, PermitQueries.class})
class PermitProjectionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final ResearchPurpose HMB = new ResearchPurpose(List.of("DUO:0000006"), null, false, false, true);

    @Autowired
    PermitProjection projection;

    @Autowired
    PermitQueries queries;

    @Autowired
    TestEntityManager entities;

    private void issue(String id, String holder, List<String> datasets, Instant until) {
        projection.on(new PermitIssued(
                id,
                "ar-" + id,
                holder,
                datasets,
                HMB,
                List.of("FEDERATED_TRAINING"),
                List.of(holder, "team.mate"),
                T0,
                until,
                List.of("cite the consortium, in papers", "no re-identification"),
                List.of(),
                "carla.chair",
                T0));
    }

    private void flush() {
        entities.flush();
        entities.clear();
    }

    @Test
    void registerFollowsTheLifecycleAndAnswersExpiryQuestions() {
        issue("pm-a", "rita", List.of("ds-1", "ds-2"), T0.plus(Duration.ofDays(10)));
        issue("pm-b", "remo", List.of("ds-3"), T0.plus(Duration.ofDays(100)));
        issue("pm-c", "rita", List.of("ds-3"), T0.plus(Duration.ofDays(5)));
        projection.on(new PermitSuspended("pm-b", "audit", "carla.chair", T0.plusSeconds(60)));
        projection.on(new PermitReinstated("pm-b", "cleared", "carla.chair", T0.plusSeconds(120)));
        projection.on(new PermitExtended(
                "pm-a",
                T0.plus(Duration.ofDays(10)),
                T0.plus(Duration.ofDays(20)),
                "more",
                "carla.chair",
                T0.plusSeconds(180)));
        projection.on(new PermitRevoked("pm-c", "misuse", "carla.chair", T0.plusSeconds(240)));
        flush();

        PermitView a = queries.permit("pm-a").orElseThrow();
        assertThat(a.getValidUntil()).isEqualTo(T0.plus(Duration.ofDays(20)));
        assertThat(a.getConditions()).containsExactly("cite the consortium, in papers", "no re-identification");
        assertThat(a.getMembers()).containsExactly("rita", "team.mate");
        assertThat(queries.permit("pm-b").orElseThrow().getStatus()).isEqualTo(PermitStatus.ACTIVE);
        assertThat(queries.permit("pm-c").orElseThrow().getStatus()).isEqualTo(PermitStatus.REVOKED);
        assertThat(queries.permit("pm-c").orElseThrow().getStatusReason()).isEqualTo("misuse");

        Instant day15 = T0.plus(Duration.ofDays(15));
        assertThat(queries.expiringSoon(day15, Duration.ofDays(30)))
                .extracting(PermitView::getPermitId)
                .containsExactly("pm-a");
        assertThat(queries.dueForExpiry(T0.plus(Duration.ofDays(25))))
                .extracting(PermitView::getPermitId)
                .containsExactly("pm-a");
        assertThat(queries.permitsOfMember("rita"))
                .extracting(PermitView::getPermitId)
                .containsExactly("pm-c", "pm-a");
        assertThat(queries.permitsCovering(List.of("ds-3")))
                .extracting(PermitView::getPermitId)
                .containsExactly("pm-c", "pm-b");
        assertThat(queries.livePermitsCovering(List.of("ds-3")))
                .extracting(PermitView::getPermitId)
                .containsExactly("pm-b");

        projection.on(
                new PermitExpired("pm-a", T0.plus(Duration.ofDays(20)), "system:expiry", T0.plus(Duration.ofDays(25))));
        flush();
        assertThat(queries.dueForExpiry(T0.plus(Duration.ofDays(25)))).isEmpty();
    }

    @Test
    void dataUseLogKeepsFlagsAndReasons() {
        issue("pm-u", "rita", List.of("ds-1"), T0.plus(Duration.ofDays(10)));
        projection.on(new DataUseReported(
                "pm-u",
                "use-1",
                "node-1",
                "ds-1",
                "nnU-Net",
                "2.3",
                "FEDERATED_TRAINING",
                10,
                T0,
                T0.plusSeconds(60),
                "node:node-1",
                T0.plusSeconds(61)));
        projection.on(new DataUseReported(
                "pm-u",
                "use-2",
                "node-2",
                "ds-9",
                "nnU-Net",
                "2.3",
                "DOWNLOAD",
                10,
                T0,
                T0.plusSeconds(60),
                "node:node-2",
                T0.plusSeconds(62)));
        projection.on(new DataUseFlagged(
                "pm-u",
                "use-2",
                List.of("DATASET_NOT_COVERED", "OPERATION_NOT_COVERED"),
                "node:node-2",
                T0.plusSeconds(62)));
        flush();

        assertThat(queries.dataUses("pm-u", null, false))
                .extracting(DataUseView::getUseId)
                .containsExactly("use-2", "use-1");
        List<DataUseView> flagged = queries.dataUses("pm-u", null, true);
        assertThat(flagged).extracting(DataUseView::getUseId).containsExactly("use-2");
        assertThat(flagged.get(0).getReasons()).containsExactly("DATASET_NOT_COVERED", "OPERATION_NOT_COVERED");
        assertThat(queries.dataUses(null, "node-1", false))
                .extracting(DataUseView::getUseId)
                .containsExactly("use-1");
        PermitView permit = queries.permit("pm-u").orElseThrow();
        assertThat(permit.getUses()).isEqualTo(2);
        assertThat(permit.getFlaggedUses()).isEqualTo(1);
    }
}
