package org.imagingledger.web.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.imagingledger.web.support.PermitTestSupport;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.ResultActions;

/** Questions as a node asks them, over the real API with its bearer token. */
abstract class DecisionTestSupport extends PermitTestSupport {

    static Map<String, Object> question(String principal, String dataset, String permit, List<String> subjects) {
        Map<String, Object> purpose = new HashMap<>();
        purpose.put("codes", List.of("DUO:0000006"));
        purpose.put("disease", null);
        purpose.put("commercial", false);
        purpose.put("for_profit", false);
        purpose.put("methods_development", false);
        Map<String, Object> question = new HashMap<>();
        question.put("principal", principal);
        question.put("operation", "FEDERATED_TRAINING");
        question.put("dataset", dataset);
        question.put("permit", permit);
        question.put("purpose", purpose);
        question.put("subjects", subjects);
        return question;
    }

    ResultActions ask(Object question, TestNode node) throws Exception {
        return call(HttpMethod.POST, "/api/v1/decisions", question, bearer(node.token()));
    }

    JsonNode decide(Object question, TestNode node) throws Exception {
        return post("/api/v1/decisions", question, bearer(node.token()));
    }

    static List<String> codes(JsonNode reasons) {
        return reasons.findValues("code").stream().map(JsonNode::asText).toList();
    }
}
