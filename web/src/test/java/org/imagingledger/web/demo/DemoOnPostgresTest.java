package org.imagingledger.web.demo;

import java.time.Instant;
import org.imagingledger.domain.access.api.AccessRequestStatus;
import org.imagingledger.projections.access.AccessQueries;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.web.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "postgres,demo": the whole demo seeds on PostgreSQL too, through the commands. */
@SpringBootTest(properties = {"ledger.demo.enabled=true", "ledger.demo.allow-on-postgres=true"})
@OnPostgres
class DemoOnPostgresTest {

    @Autowired
    CatalogueQueries catalogue;

    @Autowired
    AccessQueries access;

    @Autowired
    PermitQueries permits;

    @Autowired
    ConsentQueries consents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoSeedsEveryFeature() {
        assertThat(catalogue.nodes()).hasSize(4);
        assertThat(catalogue.datasets()).hasSize(5);
        assertThat(access.countsByStatus())
                .containsKeys(java.util.Arrays.stream(AccessRequestStatus.values())
                        .filter(st -> st != AccessRequestStatus.DRAFT)
                        .toArray(AccessRequestStatus[]::new));
        assertThat(access.overdue(Instant.now(), PageRequest.of(0, 50))).hasSize(1);
        assertThat(permits.permits()).hasSize(3);
        assertThat(consents.consents()).hasSize(8);
        assertThat(consents.pendingNotices(Instant.now())).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
                .isZero();
    }
}
