package org.imagingledger.projections.consent;

/** Filters of the consent list; null means "any". A consent with no datasets covers all of its node's. */
public record ConsentFilter(String nodeId, String pseudonym, String dataset, String status) {

    public ConsentFilter forNode(String node) {
        return new ConsentFilter(node, pseudonym, dataset, status);
    }
}
