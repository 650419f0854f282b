package org.imagingledger.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tests that need recorded decisions: a node asks through the real API, as it would in production. */
public abstract class DecisionTestSupport extends PermitTestSupport {

    /** The node's question for an HMB (DUO:0000006) purpose; returns the API's answer. */
    protected JsonNode decide(TestNode node, String principal, String dataset, String permit) throws Exception {
        Map<String, Object> purpose = new HashMap<>();
        purpose.put("codes", List.of("DUO:0000006"));
        purpose.put("disease", null);
        purpose.put("commercial", false);
        purpose.put("for_profit", false);
        purpose.put("methods_development", false);
        return post("/api/v1/decisions", Map.of("principal", principal, "operation", "FEDERATED_TRAINING",
                "dataset", dataset, "permit", permit, "purpose", purpose, "subjects", List.of()), bearer(node.token()));
    }
}
