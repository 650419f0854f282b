package org.imagingledger.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** Tests that need recorded decisions: a node asks through the real API, as it would in production. */
public abstract class DecisionTestSupport extends PermitTestSupport {

    /** A question for an HMB (DUO:0000006) purpose, as a mutable map so tests can break it. */
    protected static Map<String, Object> question(
            String principal, String dataset, String permit, List<String> subjects) {
        Map<String, Object> purpose = new HashMap<>();
        purpose.put("codes", List.of("DUO:0000006"));
        purpose.put("disease", null);
        purpose.put("commercial", false);
        purpose.put("forProfit", false);
        purpose.put("methodsDevelopment", false);
        Map<String, Object> question = new HashMap<>();
        question.put("principal", principal);
        question.put("operation", "FEDERATED_TRAINING");
        question.put("datasetId", dataset);
        question.put("permitId", permit);
        question.put("purpose", purpose);
        question.put("subjects", subjects);
        return question;
    }

    protected ResultActions ask(Object question, TestNode node) throws Exception {
        return call(HttpMethod.POST, "/api/v1/decisions", question, bearer(node.token()));
    }

    protected JsonNode decide(Object question, TestNode node) throws Exception {
        return post("/api/v1/decisions", question, bearer(node.token()));
    }

    /** The node's question for an HMB purpose; returns the API's answer. */
    protected JsonNode decide(TestNode node, String principal, String dataset, String permit) throws Exception {
        return decide(question(principal, dataset, permit, List.of()), node);
    }

    protected static List<String> codes(JsonNode reasons) {
        return reasons.findValues("code").stream().map(JsonNode::asText).toList();
    }
}
