package org.imagingledger.web.decision;

import org.imagingledger.domain.shared.CommandRejected;
import org.imagingledger.projections.decision.DecisionFilter;
import org.imagingledger.projections.decision.DecisionQueries;
import org.imagingledger.projections.decision.DecisionView;
import org.imagingledger.web.security.Actors;
import org.springframework.stereotype.Component;

/** A node sees its own decisions; the oversight roles see all. */
@Component
class DecisionAccess {

    private final DecisionQueries queries;

    DecisionAccess(DecisionQueries queries) {
        this.queries = queries;
    }

    DecisionFilter visible(DecisionFilter filter) {
        return Actors.currentNode().map(filter::forNode).orElse(filter);
    }

    DecisionView visible(String decisionId) {
        DecisionView view = queries.decision(decisionId)
                .orElseThrow(() -> CommandRejected.notFound("decision", decisionId));
        if (Actors.currentNode().map(node -> !node.equals(view.getNodeId())).orElse(false)) {
            // Another node's decision is reported as missing, not forbidden: its existence is not the node's business.
            throw CommandRejected.notFound("decision", decisionId);
        }
        return view;
    }
}
