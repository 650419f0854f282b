package org.imagingledger.web.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void generatedIdsAreCutAfterTheFirstUuidGroupAndOtherIdsStayWhole() {
        assertThat(labels.shortId("permit-4734dbb0-2ba8-40c6-8f3c-edc335eeb254"))
                .isEqualTo("permit-4734dbb0…");
        assertThat(labels.shortId("4734dbb0-2ba8-40c6-8f3c-edc335eeb254")).isEqualTo("4734dbb0…");
        assertThat(labels.shortId("pm-1a2b3c4d")).isEqualTo("pm-1a2b3c4d");
        assertThat(labels.shortId("permit-demo-breast")).isEqualTo("permit-demo-breast");
        assertThat(labels.shortId(null)).isEmpty();
    }
}
