package org.imagingledger.projections.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.imagingledger.domain.policy.api.PolicyBundleActivated;
import org.imagingledger.domain.policy.api.PolicyBundlePublished;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup("policy")
class PolicyProjection {

    private final PolicyBundleViewRepository bundles;

    PolicyProjection(PolicyBundleViewRepository bundles) {
        this.bundles = bundles;
    }

    @EventHandler
    void on(PolicyBundlePublished event) {
        bundles.save(new PolicyBundleView(
                event.revision(), event.sha256(), event.sizeBytes(), event.note(), event.actor(), event.at()));
    }

    @EventHandler
    void on(PolicyBundleActivated event) {
        bundles.findFirstByActiveTrue().ifPresent(PolicyBundleView::deactivate);
        bundles.findById(event.revision()).ifPresent(view -> view.activate(event.actor(), event.at()));
    }
}
