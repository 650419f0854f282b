package org.imagingledger.application.decision;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer a node gets. {@code recorded} is false only when the decision could not be stored,
 * and then {@code allow} is false: no record, no allow.
 */
public record Answer(
        String decisionId,
        boolean allow,
        JsonNode reasons,
        JsonNode obligations,
        String policyRevision,
        boolean recorded) {}
