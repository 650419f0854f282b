package org.imagingledger.web.store;

import java.util.List;
import java.util.Map;
import org.imagingledger.application.shared.Role;
import org.imagingledger.web.support.ApiTestSupport;
import org.imagingledger.web.support.OnPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The production storage on a real PostgreSQL: BYTEA, no large objects, no gaps in the global index. */
@OnPostgres
class PostgresStorageTest extends ApiTestSupport {

    @Test
    void eventsAreStoredAsByteaAndNoLargeObjectIsEverCreated() throws Exception {
        TestNode node = registerNode("IT");
        for (int i = 0; i < 5; i++) {
            String id = registerDataset(node, List.of("GRU"), null, false);
            post("/api/v1/datasets/" + id + "/retire", Map.of("reason", "test " + i), bearer(node.token()));
        }
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata", Long.class))
                .isZero();
        List<String> types = jdbc.queryForList(
                "select data_type from information_schema.columns "
                        + "where table_name in ('domain_event_entry','snapshot_event_entry','token_entry') "
                        + "and column_name in ('payload','meta_data','token')",
                String.class);
        assertThat(types).isNotEmpty().containsOnly("bytea");
    }

    @Test
    void globalIndexSequenceStepsByOneWithoutGaps() throws Exception {
        assertThat(jdbc.queryForObject(
                        "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'",
                        Long.class))
                .isEqualTo(1L);
        TestNode node = registerNode("ES");
        registerDataset(node, List.of("HMB"), null, false);
        registerDataset(node, List.of("GRU"), null, false);
        List<Long> last = jdbc.queryForList(
                "select global_index from domain_event_entry order by global_index desc limit 3", Long.class);
        assertThat(last.get(0) - last.get(2)).isEqualTo(2L);
        assertThat(get("/api/v1/nodes", as(Role.AUDITOR)).get("items").size()).isPositive();
    }

    @Test
    void flywayOwnsTheSchema() {
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                .isGreaterThanOrEqualTo(2L);
    }
}
