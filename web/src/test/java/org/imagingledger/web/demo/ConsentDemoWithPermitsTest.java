package org.imagingledger.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.imagingledger.domain.access.api.AccessRequestApproved;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.domain.consent.api.RecipientKind;
import org.imagingledger.domain.permit.api.PermitStatus;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.DataUseView;
import org.imagingledger.projections.permit.PermitQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The consent demo after an access demo (played by a stand-in at order 20) has issued permits. */
@SpringBootTest(properties = {"ledger.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:consent-demo-permits;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@Import(ConsentDemoWithPermitsTest.StandInAccessDemo.class)
class ConsentDemoWithPermitsTest {

    @TestConfiguration
    static class StandInAccessDemo {
        @Bean
        DemoSeeder standInAccessDemo(EventGateway events) {
            return new DemoSeeder() {
                @Override
                public int order() {
                    return 20;
                }

                @Override
                public void seed(DemoContext context) {
                    Instant now = context.clock().instant();
                    approve(events, "pm-demo-breast", List.of("ds-breast-mg"), now, Duration.ofDays(300));
                    approve(events, "pm-demo-lung", List.of("ds-lung-ct"), now, Duration.ofDays(200));
                    approve(events, "pm-demo-expiring", List.of("ds-prostate-mr"), now, Duration.ofDays(10));
                }
            };
        }

        private static void approve(EventGateway events, String permitId, List<String> datasets, Instant now,
                                    Duration validity) {
            events.publish(new AccessRequestApproved("ar-" + permitId, permitId, "rita.researcher", datasets,
                    new ResearchPurpose(List.of("HMB"), null, false, false, false), List.of("FEDERATED_TRAINING"),
                    List.of("rita.researcher"), now.minus(Duration.ofDays(3)), now.plus(validity), List.of(),
                    "carla.chair", now));
        }
    }

    @Autowired
    ConsentQueries consents;
    @Autowired
    PermitQueries permits;

    @Test
    void seedsUsesOneFlaggedASuspendedPermitAndNoticesToPermits() {
        List<DataUseView> uses = permits.dataUses(null, null, false);
        assertThat(uses).hasSize(3);
        assertThat(permits.dataUses(null, null, true)).extracting(DataUseView::getUseId).containsExactly("use-demo-flagged");
        assertThat(permits.dataUse("use-demo-flagged").orElseThrow().getReasons()).contains("DATASET_NOT_COVERED");
        assertThat(permits.permits()).filteredOn(p -> p.getStatus() == PermitStatus.SUSPENDED).hasSize(1);
        assertThat(consents.pendingNotices(Instant.now())).extracting(n -> n.notice().getRecipientKind())
                .containsExactlyInAnyOrder(RecipientKind.NODE, RecipientKind.PERMIT);
        String acknowledged = consents.consents().stream().filter(c -> !c.isActive())
                .map(c -> c.getConsentId()).filter(id -> !id.equals("cs-demo-na-0002")).findFirst().orElseThrow();
        assertThat(consents.noticesOf(acknowledged)).extracting(n -> n.getRecipientKind())
                .contains(RecipientKind.PERMIT);
        assertThat(consents.noticesOf(acknowledged)).allMatch(n -> !n.isPending());
    }
}
