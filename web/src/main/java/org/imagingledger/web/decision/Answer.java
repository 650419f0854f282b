package org.imagingledger.web.decision;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer a node gets. {@code recorded} is false only when the decision could not be stored,
 * and then {@code allow} is false: no record, no allow.
 */
record Answer(@JsonProperty("decision_id") String decisionId,
              boolean allow,
              JsonNode reasons,
              JsonNode obligations,
              @JsonProperty("policy_revision") String policyRevision,
              boolean recorded) {
}
