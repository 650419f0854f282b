package org.imagingledger.web.demo;

import java.time.Instant;
import java.util.List;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.projections.permit.PermitQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole demo: the consent seeder runs after the access seeder has issued permits. */
@SpringBootTest(
        properties = {
            "ledger.demo.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:consent-demo-permits;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class ConsentDemoTest {

    @Autowired
    ConsentQueries consents;

    @Autowired
    PermitQueries permits;

    @Test
    void seedsUsesOneFlaggedASuspendedPermitAndNoticesToPermits() {
        List<DataUseView> uses = permits.dataUses(null, null, false);
        assertThat(uses).hasSize(3);
        assertThat(permits.dataUses(null, null, true))
                .extracting(DataUseView::getUseId)
                .containsExactly("use-demo-flagged");
        assertThat(permits.dataUse("use-demo-flagged").orElseThrow().getReasons())
                .contains("DATASET_NOT_COVERED");
        assertThat(permits.permits())
                .filteredOn(p -> p.getStatus() == PermitStatus.SUSPENDED)
                .hasSize(1);
        assertThat(consents.pendingNotices(Instant.now()))
                .extracting(n -> n.notice().getRecipientKind())
                .containsExactlyInAnyOrder(RecipientKind.NODE, RecipientKind.PERMIT);
        String acknowledged = consents.consents().stream()
                .filter(c -> !c.isActive())
                .map(c -> c.getConsentId())
                .filter(id -> !id.equals("cs-demo-na-0002"))
                .findFirst()
                .orElseThrow();
        assertThat(consents.noticesOf(acknowledged))
                .extracting(n -> n.getRecipientKind())
                .contains(RecipientKind.PERMIT);
        assertThat(consents.noticesOf(acknowledged)).allMatch(n -> !n.isPending());
    }
}
