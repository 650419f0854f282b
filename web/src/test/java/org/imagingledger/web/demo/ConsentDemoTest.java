package org.imagingledger.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.PermitQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo on this feature alone, with no permits in the register: consent is seeded, the permit parts are skipped. */
@SpringBootTest(properties = {"ledger.demo.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:consent-demo-alone;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class ConsentDemoTest {

    @Autowired
    ConsentQueries consents;
    @Autowired
    PermitQueries permits;

    @Test
    void seedsConsentsAScopeChangeAndTwoWithdrawals() {
        assertThat(consents.consents()).hasSize(8);
        assertThat(consents.consent("cs-demo-va-0002").orElseThrow().getScopeChanges()).isEqualTo(1);
        assertThat(consents.consent("cs-demo-na-0002").orElseThrow().isActive()).isFalse();
        assertThat(consents.consent("cs-demo-am-0002").orElseThrow().isActive()).isFalse();
        assertThat(consents.pendingNotices(Instant.now())).extracting(n -> n.notice().getConsentId())
                .containsOnly("cs-demo-na-0002");
        assertThat(consents.noticesOf("cs-demo-am-0002")).allMatch(n -> !n.isPending());
        assertThat(permits.permits()).isEmpty();
        assertThat(permits.dataUses(null, null, false)).isEmpty();
    }
}
