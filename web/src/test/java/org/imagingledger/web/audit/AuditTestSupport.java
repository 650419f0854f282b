package org.imagingledger.web.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.imagingledger.application.shared.Role;
import org.imagingledger.audit.integrity.StoredEvent;
import org.imagingledger.web.support.PermitTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Shared steps of the audit tests: make consent events, take an export, read stored rows. */
abstract class AuditTestSupport extends PermitTestSupport {

    protected TestNode node;
    protected String dataset;

    protected void ledgerWithConsents(int consents) throws Exception {
        node = registerNode("IT");
        dataset = registerDataset(node, List.of("HMB"), null, false);
        for (int i = 0; i < consents; i++) {
            post(
                    "/api/v1/consents",
                    Map.of("pseudonym", unique("PSN"), "datasets", List.of(dataset), "purposes", List.of("HMB")),
                    bearer(node.token()));
        }
    }

    protected MockHttpServletResponse export(Object filters) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/audit/exports")
                        .with(as("audit.tester", Role.AUDITOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(filters)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    protected static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    protected static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    protected StoredEvent stored(long globalIndex) {
        return jdbc.queryForObject(
                "select global_index, event_identifier, aggregate_identifier, type, sequence_number, "
                        + "payload_type, time_stamp, payload, meta_data from domain_event_entry where global_index = ?",
                (rs, i) -> new StoredEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBytes(8),
                        rs.getBytes(9)),
                globalIndex);
    }

    protected long lastGlobalIndex(String payloadTypeSuffix) {
        Long g = jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where payload_type like ?",
                Long.class,
                "%" + payloadTypeSuffix);
        assertThat(g).isNotNull();
        return g;
    }
}
