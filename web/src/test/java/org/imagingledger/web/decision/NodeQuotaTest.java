package org.imagingledger.web.decision;

import java.util.List;
import java.util.Map;
import org.imagingledger.web.support.DecisionTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imagingledger.web.support.Problems.problem;

/** A node's questions are bounded per minute and in subjects per question; over the quota, 429 and nothing recorded. */
@TestPropertySource(properties = {"ledger.quotas.questions-per-minute=5", "ledger.quotas.subjects-per-question=3"})
class NodeQuotaTest extends DecisionTestSupport {

    @Test
    void aNodeOverItsQuestionsPerMinuteGets429WithRetryAfterAndNothingIsRecorded() throws Exception {
        TestNode node = registerNode("MT");
        TestNode other = registerNode("CY");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        Map<String, Object> question = question("rita", dataset, permit, List.of());
        long before = events();
        post(
                "/api/v1/decisions/batch",
                Map.of("questions", List.of(question, question, question)),
                bearer(node.token()));
        assertThat(events()).isEqualTo(before + 3);

        String retryAfter = call(
                        HttpMethod.POST,
                        "/api/v1/decisions/batch",
                        Map.of("questions", List.of(question, question, question)),
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "question_quota"))
                .andReturn()
                .getResponse()
                .getHeader("Retry-After");
        assertThat(retryAfter).isNotNull();
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        assertThat(events()).isEqualTo(before + 3);

        // what is left of the quota is still there, and the quota is the node's own
        decide(question, node);
        call(HttpMethod.POST, "/api/v1/decisions", question, bearer(other.token()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        assertThat(events()).isEqualTo(before + 5);
    }

    @Test
    void aQuestionNamingMoreSubjectsThanTheQuotaIsRefused() throws Exception {
        TestNode node = registerNode("EE");
        String dataset = registerDataset(node, List.of("GRU"), null, false);
        String permit = approve("rita", List.of(dataset));
        long before = events();
        call(
                        HttpMethod.POST,
                        "/api/v1/decisions",
                        question("rita", dataset, permit, List.of("s-1", "s-2", "s-3", "s-4")),
                        bearer(node.token()))
                .andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "subject_quota"));
        assertThat(events()).isEqualTo(before);
    }
}
