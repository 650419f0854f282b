package org.imagingledger.domain.decision.api;

import java.time.Instant;
import java.util.List;

/**
 * A node's question and the policy's answer. {@code input} is the exact document the policy
 * was given (with the ledger state and the time it saw) and {@code result} the exact document
 * it returned, so the decision can be replayed under {@code policyRevision}. When the engine
 * failed, {@code allow} is false, {@code failure} says why and {@code result} is the ledger's
 * fail-closed answer.
 */
public record DecisionRecorded(
        String decisionId,
        String nodeId,
        String principal,
        String operation,
        String datasetId,
        String permitId,
        String input,
        String inputSha256,
        String policyRevision,
        String engine,
        boolean allow,
        List<String> reasonCodes,
        String result,
        String failure,
        Instant at) {}
