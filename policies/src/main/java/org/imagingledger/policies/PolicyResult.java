package org.imagingledger.policies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The policy's answer: {@code {allow, reasons[], obligations[]}} exactly as the policy gave it,
 * and the bundle revision that gave it.
 */
public record PolicyResult(String revision, ObjectNode document) {

    public boolean allow() {
        return document.get("allow").booleanValue();
    }

    public JsonNode reasons() {
        return document.get("reasons");
    }

    public JsonNode obligations() {
        return document.get("obligations");
    }

    /**
     * Checks the shape every caller relies on, so a broken bundle fails closed instead of
     * being read as an allow.
     */
    public static PolicyResult checked(String revision, JsonNode document) throws PolicyEvaluationException {
        if (document == null || !document.isObject()) {
            throw new PolicyEvaluationException("the policy returned no decision object");
        }
        if (!document.path("allow").isBoolean()) {
            throw new PolicyEvaluationException("the policy's decision has no boolean 'allow'");
        }
        if (!document.path("reasons").isArray() || !document.path("obligations").isArray()) {
            throw new PolicyEvaluationException("the policy's decision lacks 'reasons' or 'obligations' arrays");
        }
        return new PolicyResult(revision, (ObjectNode) document);
    }
}
