package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.imagingledger.application.decision.DecisionRecorder;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** No record, no allow: with the recorder down, a question that would be allowed is denied, and says why. */
class DecisionNotRecordedTest extends DecisionTestSupport {

    @Autowired
    DecisionRecorder recorder;

    @Test
    void anAllowThatCannotBeRecordedIsAnsweredAsADeny() throws Exception {
        TestNode node = registerNode("PT");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        long before = events();
        recorder.stop();
        try {
            JsonNode answer = decide(question("rita", dataset, permit, List.of()), node);
            assertThat(answer.get("allow").asBoolean()).isFalse();
            assertThat(answer.get("recorded").asBoolean()).isFalse();
            assertThat(codes(answer.get("reasons"))).containsExactly("DECISION_NOT_RECORDED");
            assertThat(answer.get("decisionId").isNull()).isTrue();
            assertThat(events()).isEqualTo(before);
        } finally {
            recorder.start();
        }
        JsonNode again = decide(question("rita", dataset, permit, List.of()), node);
        assertThat(again.get("allow").asBoolean()).isTrue();
        assertThat(again.get("recorded").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before + 1);
    }
}
