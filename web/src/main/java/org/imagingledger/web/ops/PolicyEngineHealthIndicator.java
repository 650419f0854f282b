package org.imagingledger.web.ops;

import org.imagingledger.application.policy.PolicyBundles;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the policy engine ({@code policyEngine} in the readiness group): the live engine
 * (in-process, or the OPA server) answers the active revision. While it cannot, every decision
 * would be a recorded deny, so a load balancer should send nodes to another instance.
 */
@Component
class PolicyEngineHealthIndicator implements HealthIndicator {

    private final PolicyBundles bundles;

    PolicyEngineHealthIndicator(PolicyBundles bundles) {
        this.bundles = bundles;
    }

    @Override
    public Health health() {
        return bundles.readinessProblem()
                .map(problem -> Health.down().withDetail("problem", problem).build())
                .orElseGet(() -> Health.up().build());
    }
}
