package org.imagingledger.projections.decision;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.decision.api.DecisionRecorded;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("decisions")
class DecisionProjection {

    private final DecisionViewRepository decisions;

    DecisionProjection(DecisionViewRepository decisions) {
        this.decisions = decisions;
    }

    @EventHandler
    void on(DecisionRecorded event) {
        decisions.save(new DecisionView(
                event.decisionId(),
                event.nodeId(),
                event.principal(),
                event.operation(),
                event.datasetId(),
                event.permitId(),
                event.allow(),
                event.reasonCodes(),
                event.policyRevision(),
                event.engine(),
                event.inputSha256(),
                event.failure() != null,
                event.at()));
    }
}
