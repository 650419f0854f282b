package org.imagingledger.web.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.imagingledger.LedgerApplication;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.domain.catalogue.api.DataUseConditions;
import org.imagingledger.domain.catalogue.api.DatasetMetadata;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting the ledger on its H2 file database keeps every event and every view. */
class RestartKeepsStateTest {

    @Test
    void eventsViewsAndAggregatesSurviveARestart() throws Exception {
        Path dir = Files.createTempDirectory("ledger-restart");
        long eventsBefore;
        try (ConfigurableApplicationContext first = start(dir)) {
            CatalogueService catalogue = first.getBean(CatalogueService.class);
            catalogue.registerNode("node-restart", "Restart hospital", "PT", People.as("tester"));
            catalogue.registerDataset(
                    "ds-restart",
                    "node-restart",
                    new DatasetMetadata("Restart cohort", "MONDO:0004992", List.of("CT"), 5, 5),
                    new DataUseConditions(List.of("GRU"), null),
                    false,
                    People.as("tester"));
            eventsBefore = count(first);
            assertThat(eventsBefore)
                    .as("node, dataset, and the built-in policy published and activated")
                    .isEqualTo(4);
        }
        try (ConfigurableApplicationContext second = start(dir)) {
            assertThat(second.getEnvironment().getProperty("spring.datasource.url"))
                    .startsWith("jdbc:h2:file:" + dir);
            assertThat(count(second)).isEqualTo(eventsBefore);
            CatalogueQueries views = second.getBean(CatalogueQueries.class);
            assertThat(views.node("node-restart")).isPresent();
            assertThat(views.dataset("ds-restart"))
                    .hasValueSatisfying(d -> assertThat(d.isRetired()).isFalse());
            // the aggregate is rebuilt from the stored events: retiring works once, then is refused
            second.getBean(CatalogueService.class).retire("ds-restart", "restart test", People.as("tester"));
            assertThat(views.dataset("ds-restart"))
                    .hasValueSatisfying(d -> assertThat(d.isRetired()).isTrue());
            assertThat(count(second)).isEqualTo(eventsBefore + 1);
        }
    }

    /** The default configuration (no test profile), with its H2 file database in a fresh folder. */
    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--ledger.data-dir=" + dir,
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--ledger.audit.generate-key=true");
    }

    private static long count(ConfigurableApplicationContext context) {
        Long n = context.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }
}
