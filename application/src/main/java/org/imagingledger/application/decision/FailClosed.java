package org.imagingledger.application.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The ledger's own answers when the policy cannot give one: always deny, always with a reason. */
final class FailClosed {

    static final String ENGINE_FAILED = "POLICY_ENGINE_FAILED";
    static final String NOT_RECORDED = "DECISION_NOT_RECORDED";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FailClosed() {}

    static ObjectNode result(String failure) {
        ObjectNode result = NODES.objectNode();
        result.put("allow", false);
        result.putArray("reasons").add(reason(ENGINE_FAILED, "the policy could not be evaluated: " + failure));
        result.putArray("obligations");
        return result;
    }

    /** The result recorded in place of a decision whose record did not come in time: the deny the node was told. */
    static ObjectNode notRecordedResult() {
        ObjectNode result = NODES.objectNode();
        result.put("allow", false);
        result.set("reasons", notRecorded());
        result.putArray("obligations");
        return result;
    }

    static ArrayNode notRecorded() {
        return NODES.arrayNode().add(reason(NOT_RECORDED, "the decision could not be recorded, so access is denied"));
    }

    private static ObjectNode reason(String code, String message) {
        return NODES.objectNode().put("code", code).put("message", message);
    }

    static List<String> codes(JsonNode result) {
        List<String> codes = new ArrayList<>();
        result.path("reasons").forEach(r -> codes.add(r.path("code").asText("?")));
        return codes;
    }
}
