package org.imagingledger.web.audit;

import org.imagingledger.application.audit.CheckpointService;
import org.imagingledger.application.shared.Role;
import org.imagingledger.audit.integrity.Hex;
import org.imagingledger.audit.integrity.Merkle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The interval checkpoint's rule, and the export form of the audit page. */
class AuditSchedulingAndPageTest extends AuditTestSupport {

    @Autowired
    private CheckpointService checkpoints;

    @Test
    void theIntervalCheckpointIsTakenWhenTheLogGrewAndNotForItsOwnEvent() throws Exception {
        ledgerWithConsents(1);
        int before = checkpoints.list().size();
        checkpoints.scheduled();
        assertThat(checkpoints.list()).hasSize(before + 1);
        assertThat(checkpoints.latest().orElseThrow().checkpointId()).startsWith("cp-");
        checkpoints.scheduled(); // only the checkpoint's own event is new: nothing to sign
        assertThat(checkpoints.list()).hasSize(before + 1);
        ledgerWithConsents(1);
        checkpoints.scheduled();
        assertThat(checkpoints.list()).hasSize(before + 2);
    }

    @Test
    void theExportFormSendsTheZipAndARefusedFilterGoesBackToThePage() throws Exception {
        ledgerWithConsents(2);
        var response = mvc.perform(MockMvcRequestBuilders.post("/audit/export")
                        .with(csrf())
                        .with(as("page.auditor", Role.AUDITOR))
                        .param("node", node.id())
                        .param("from", "2020-01-01T00:00")
                        .param("eventType", "ConsentRecorded"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Events", "2"))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(Hex.encode(Merkle.sha256().digest(response.getContentAsByteArray())))
                .isEqualTo(response.getHeader("X-Package-SHA256"));
        assertThat(text(unzip(response.getContentAsByteArray()).get("manifest.json")))
                .contains("\"from\":\"2020-01-01T00:00:00Z\"")
                .contains("\"exportedBy\":\"page.auditor\"");

        long before = events();
        mvc.perform(MockMvcRequestBuilders.post("/audit/export")
                        .with(csrf())
                        .with(as(Role.AUDITOR))
                        .param("from", "last week"))
                .andExpect(redirectedUrl("/audit#export"));
        assertThat(events()).isEqualTo(before);
        mvc.perform(MockMvcRequestBuilders.post("/audit/export").with(csrf()).with(as(Role.GOVERNANCE_ADMIN)))
                .andExpect(status().isForbidden());
    }
}
