package org.imagingledger.application.decision;

import org.imagingledger.application.shared.Caller;
import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.projections.decision.DecisionView;
import org.springframework.stereotype.Component;

/** A node sees its own decisions; the oversight roles see all. */
@Component
public class DecisionAccess {

    private final DecisionQueries queries;

    DecisionAccess(DecisionQueries queries) {
        this.queries = queries;
    }

    public DecisionFilter visible(DecisionFilter filter, Caller caller) {
        return caller.node().map(filter::forNode).orElse(filter);
    }

    public DecisionView visible(String decisionId, Caller caller) {
        DecisionView view =
                queries.decision(decisionId).orElseThrow(() -> CommandRejected.notFound("decision", decisionId));
        if (caller.node().map(node -> !node.equals(view.getNodeId())).orElse(false)) {
            // Another node's decision is reported as missing, not forbidden: its existence is not the node's business.
            throw CommandRejected.notFound("decision", decisionId);
        }
        return view;
    }
}
