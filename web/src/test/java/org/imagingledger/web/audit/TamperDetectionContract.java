package org.imagingledger.web.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagingledger.application.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;

/**
 * Changes rows of the event table behind the ledger's back, as someone with database access
 * could, and requires the verification job to name each change: altered, deleted, reordered,
 * inserted. Every test puts the rows back, so the shared database stays intact for other tests.
 */
abstract class TamperDetectionContract extends AuditTestSupport {

    @Autowired
    private MeterRegistry metrics;

    private long a;
    private long b;

    @BeforeEach
    void hashedAndCheckpointed() throws Exception {
        ledgerWithConsents(3);
        post("/api/v1/audit/checkpoints", null, as(Role.AUDITOR));
        List<Long> consents = jdbc.queryForList(
                "select global_index from domain_event_entry where payload_type like "
                        + "'%ConsentRecorded' order by global_index desc",
                Long.class);
        a = consents.get(1);
        b = consents.get(0);
        assertThat(verify().get("totalFindings").asLong()).isZero();
        assertThat(findingsGauge()).isZero();
    }

    @Test
    void anAlteredPayloadIsNamed() throws Exception {
        byte[] original = stored(a).payload();
        String changed = new String(original).replace("\"pseudonym\":\"PSN-", "\"pseudonym\":\"PSX-");
        assertThat(changed).isNotEqualTo(new String(original));
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", changed.getBytes(), a);
        try {
            JsonNode report = verify();
            assertThat(kinds(report)).contains("ALTERED", "CHECKPOINT_MISMATCH").doesNotContain("DELETED", "INSERTED");
            assertThat(finding(report, "ALTERED").get("globalIndex").asLong()).isEqualTo(a);
            assertThat(findingsGauge()).isPositive();
            // no export can be proved while the log is broken
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/audit/exports")
                            .with(as(Role.AUDITOR))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(problem(HttpStatus.CONFLICT, "log_tampered"));
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, a);
        }
        assertThat(verify().get("totalFindings").asLong()).isZero();
        assertThat(findingsGauge()).isZero();
    }

    @Test
    void aDeletedEventIsNamed() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", a);
        String eventId = (String) row.get(key(row, "event_identifier"));
        jdbc.update("delete from domain_event_entry where global_index = ?", a);
        try {
            JsonNode report = verify();
            assertThat(kinds(report)).contains("DELETED", "CHECKPOINT_MISMATCH").doesNotContain("ALTERED");
            assertThat(finding(report, "DELETED").get("eventId").asText()).isEqualTo(eventId);
        } finally {
            insert(row);
        }
        assertThat(verify().get("totalFindings").asLong()).isZero();
    }

    @Test
    void reorderedEventsAreNamed() throws Exception {
        swap(a, b);
        try {
            JsonNode report = verify();
            assertThat(kinds(report))
                    .contains("REORDERED", "CHECKPOINT_MISMATCH")
                    .doesNotContain("ALTERED", "DELETED", "INSERTED");
        } finally {
            swap(a, b);
        }
        assertThat(verify().get("totalFindings").asLong()).isZero();
    }

    @Test
    void anInsertedEventIsNamed() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry where global_index = ?", a);
        Long min = jdbc.queryForObject("select min(global_index) from domain_event_entry", Long.class);
        String forged = UUID.randomUUID().toString();
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.put(key(row, "global_index"), min - 1);
        copy.put(key(row, "event_identifier"), forged);
        copy.put(key(row, "aggregate_identifier"), "forged-" + forged);
        insert(copy);
        try {
            JsonNode report = verify();
            assertThat(kinds(report))
                    .contains("INSERTED", "CHECKPOINT_MISMATCH")
                    .doesNotContain("DELETED", "ALTERED");
            assertThat(finding(report, "INSERTED").get("eventId").asText()).isEqualTo(forged);
        } finally {
            jdbc.update("delete from domain_event_entry where event_identifier = ?", forged);
        }
        assertThat(verify().get("totalFindings").asLong()).isZero();
    }

    @Test
    void aBrokenCheckpointEventIsNamedWithoutStoppingTheVerification() throws Exception {
        long g = lastGlobalIndex("CheckpointRecorded");
        byte[] original = stored(g).payload();
        jdbc.update("update domain_event_entry set payload = ? where global_index = ?", "{broken".getBytes(), g);
        try {
            JsonNode report = verify();
            assertThat(kinds(report)).contains("CHECKPOINT_SIGNATURE", "ALTERED");
            assertThat(finding(report, "CHECKPOINT_SIGNATURE")
                            .get("globalIndex")
                            .asLong())
                    .isEqualTo(g);
        } finally {
            jdbc.update("update domain_event_entry set payload = ? where global_index = ?", original, g);
        }
        assertThat(verify().get("totalFindings").asLong()).isZero();
    }

    private JsonNode verify() throws Exception {
        return post("/api/v1/audit/verification", null, as(Role.AUDITOR));
    }

    private double findingsGauge() {
        return metrics.get("ledger.audit.verification.findings").gauge().value();
    }

    private static List<String> kinds(JsonNode report) {
        List<String> kinds = new ArrayList<>();
        report.get("findings").forEach(f -> kinds.add(f.get("kind").asText()));
        return kinds;
    }

    private static JsonNode finding(JsonNode report, String kind) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("kind").asText().equals(kind)) {
                return f;
            }
        }
        throw new AssertionError("no " + kind + " finding in " + report);
    }

    private void swap(long x, long y) {
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", -999_999L, x);
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", x, y);
        jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", y, -999_999L);
    }

    private void insert(Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        String sql = "insert into domain_event_entry (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        jdbc.update(sql, columns.stream().map(row::get).toArray());
    }

    /** H2 reports column names in upper case, PostgreSQL in lower case. */
    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream()
                .filter(k -> k.equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow();
    }
}
