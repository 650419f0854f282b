package org.imagingledger.web.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.imagingledger.LedgerApplication;
import org.imagingledger.application.catalogue.CatalogueService;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An H2 file made by an older version, where the node view's token digest was required, still
 * registers nodes (which no longer have one there) after the ledger starts on it.
 */
class OlderH2FileTest {

    @Test
    void aNodeRegistersOnAFileWhoseTokenColumnWasRequired() throws Exception {
        Path dir = Files.createTempDirectory("ledger-older-h2");
        try (ConfigurableApplicationContext older = start(dir)) {
            // the column as the older version's schema update left it
            older.getBean(JdbcTemplate.class).execute("alter table node_view alter column token_sha256 set not null");
        }
        try (ConfigurableApplicationContext now = start(dir)) {
            now.getBean(CatalogueService.class).registerNode("node-older", "Older file", "PT", People.as("tester"));
            assertThat(now.getBean(CatalogueQueries.class).node("node-older")).isPresent();
            String nullable = now.getBean(JdbcTemplate.class)
                    .queryForObject(
                            "select is_nullable from information_schema.columns"
                                    + " where table_name = 'NODE_VIEW' and column_name = 'TOKEN_SHA256'",
                            String.class);
            assertThat(nullable).isEqualTo("YES");
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(LedgerApplication.class)
                .run(
                        "--ledger.data-dir=" + dir,
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--ledger.audit.generate-key=true");
    }
}
