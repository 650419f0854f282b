package org.imagingledger.application.decision;

import java.util.List;

/**
 * A node's question, checked: "may {@code principal} do {@code operation} on {@code dataset}
 * for {@code purpose} under {@code permit}, touching {@code subjects}?" DUO codes are ids.
 */
public record Question(
        String principal, String operation, String dataset, String permit, Purpose purpose, List<String> subjects) {

    public record Purpose(
            List<String> codes, String disease, boolean commercial, boolean forProfit, boolean methodsDevelopment) {}
}
