package org.imagingledger.demo;

import java.util.List;
import org.imagingledger.application.decision.DecisionService;
import org.imagingledger.application.decision.Question;
import org.imagingledger.application.shared.Caller;
import org.imagingledger.projections.PurposeColumns;
import org.imagingledger.projections.catalogue.CatalogueQueries;
import org.imagingledger.projections.catalogue.DatasetView;
import org.imagingledger.projections.consent.ConsentQueries;
import org.imagingledger.projections.consent.ConsentView;
import org.imagingledger.projections.permit.PermitQueries;
import org.imagingledger.projections.permit.PermitView;
import org.springframework.stereotype.Component;

/**
 * Nodes ask about every permit's datasets as the demo's researchers would use them (naming the
 * node's consented and withdrawn subjects), plus an outsider and a download, so the decision
 * log opens with allows, exclusions and denials.
 */
@Component
class DecisionDemo implements DemoSeeder {

    private final DecisionService decisions;
    private final PermitQueries permits;
    private final CatalogueQueries catalogue;
    private final ConsentQueries consents;

    DecisionDemo(
            DecisionService decisions, PermitQueries permits, CatalogueQueries catalogue, ConsentQueries consents) {
        this.decisions = decisions;
        this.permits = permits;
        this.catalogue = catalogue;
        this.consents = consents;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoContext context) {
        for (PermitView permit : permits.permits()) {
            for (String datasetId : permit.getDatasets()) {
                DatasetView dataset = catalogue.dataset(datasetId).orElseThrow();
                List<String> subjects = consents.consentsOf(dataset.getNodeId()).stream()
                        .filter(c ->
                                c.getDatasets().isEmpty() || c.getDatasets().contains(datasetId))
                        .map(ConsentView::getPseudonym)
                        .distinct()
                        .toList();
                ask(dataset, permit, permit.getHolder(), permit.getOperations().get(0), subjects);
                ask(dataset, permit, "mallory.outsider", permit.getOperations().get(0), List.of());
                ask(dataset, permit, permit.getHolder(), "DOWNLOAD", List.of());
            }
        }
    }

    private void ask(
            DatasetView dataset, PermitView permit, String principal, String operation, List<String> subjects) {
        PurposeColumns p = permit.getPurpose();
        Question question = new Question(
                principal,
                operation,
                dataset.getDatasetId(),
                permit.getPermitId(),
                new Question.Purpose(
                        p.getCodes(), p.getDisease(), p.isCommercial(), p.isForProfit(), p.isMethodsDevelopment()),
                subjects);
        decisions.decide(List.of(question), Caller.node(dataset.getNodeId()));
    }
}
