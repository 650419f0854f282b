package org.imagingledger.projections.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.consent.api.ConsentRecorded;
import org.imagingledger.domain.consent.api.ConsentScopeChanged;
import org.imagingledger.domain.consent.api.ConsentWithdrawn;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.consent.api.WithdrawalNoticeAcknowledged;
import org.imagingledger.domain.consent.api.WithdrawalNoticeIssued;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import({ConsentProjection.class, ConsentQueries.class})
class ConsentProjectionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Autowired
    ConsentProjection projection;

    @Autowired
    ConsentQueries queries;

    @Autowired
    TestEntityManager entities;

    private void record(String id, String pseudonym) {
        projection.on(new ConsentRecorded(
                id, "node-1", pseudonym, List.of("ds-1"), List.of("DUO:0000042"), null, null, "node:node-1", T0));
    }

    private void notice(String consentId, RecipientKind kind, String id, String addressee, Instant at) {
        projection.on(new WithdrawalNoticeIssued(
                consentId, consentId + "~" + kind + "~" + id, kind, id, addressee, List.of("ds-1"), "node:node-1", at));
    }

    @Test
    void consentStatusScopeAndNoticesWithAgesAndTimeToAcknowledge() {
        record("cs-1", "PSN-1");
        record("cs-2", "PSN-2");
        projection.on(new ConsentScopeChanged(
                "cs-1",
                List.of("ds-1", "ds-2"),
                List.of("DUO:0000006"),
                null,
                null,
                "node:node-1",
                T0.plusSeconds(10)));
        projection.on(
                new ConsentWithdrawn("cs-2", "node-1", "PSN-2", List.of("ds-1"), "node:node-1", T0.plusSeconds(100)));
        notice("cs-2", RecipientKind.NODE, "node-1", "node-1", T0.plusSeconds(100));
        notice("cs-2", RecipientKind.PERMIT, "pm-1", "rita", T0.plusSeconds(100));
        projection.on(new WithdrawalNoticeAcknowledged("cs-2", "cs-2~NODE~node-1", "node:node-1", T0.plusSeconds(400)));
        record("cs-3", "PSN-3");
        projection.on(
                new ConsentWithdrawn("cs-3", "node-1", "PSN-3", List.of("ds-1"), "node:node-1", T0.plusSeconds(50)));
        notice("cs-3", RecipientKind.NODE, "node-1", "node-1", T0.plusSeconds(50));
        entities.flush();
        entities.clear();

        ConsentView changed = queries.consent("cs-1").orElseThrow();
        assertThat(changed.getDatasets()).containsExactly("ds-1", "ds-2");
        assertThat(changed.getScopeChanges()).isEqualTo(1);
        assertThat(queries.activeConsent("node-1", "PSN-1")).isPresent();
        assertThat(queries.activeConsent("node-1", "PSN-2")).isEmpty();
        assertThat(queries.consent("cs-2").orElseThrow().getStatus()).isEqualTo(ConsentView.WITHDRAWN);

        Instant now = T0.plus(Duration.ofHours(1));
        List<ConsentQueries.NoticeAge> pending = queries.pendingNotices(now);
        assertThat(pending)
                .extracting(n -> n.notice().getNoticeId())
                .containsExactly("cs-3~NODE~node-1", "cs-2~PERMIT~pm-1");
        assertThat(pending.get(0).age()).isEqualTo(Duration.ofSeconds(3550));
        assertThat(queries.notices(now))
                .extracting(n -> n.notice().getNoticeId())
                .containsExactly("cs-3~NODE~node-1", "cs-2~PERMIT~pm-1", "cs-2~NODE~node-1");
        WithdrawalNoticeView acknowledged = queries.notice("cs-2~NODE~node-1").orElseThrow();
        assertThat(acknowledged.getTimeToAcknowledge()).isEqualTo(Duration.ofSeconds(300));
        assertThat(acknowledged.ageAt(now)).isEqualTo(Duration.ofSeconds(300));
        assertThat(acknowledged.getAcknowledgedBy()).isEqualTo("node:node-1");
        assertThat(queries.noticesToHolder("rita", now))
                .extracting(n -> n.notice().getNoticeId())
                .containsExactly("cs-2~PERMIT~pm-1");
        assertThat(queries.noticesToNode("node-1", now)).hasSize(2);
    }
}
