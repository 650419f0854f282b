package org.imagingledger.application.policy;

import org.imagingledger.application.shared.Caller;
import org.imagingledger.application.shared.LedgerLocks;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.projections.policy.PolicyQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start the bundle built from this source tree is published and activated, so a
 * fresh ledger decides at once. A later version of the ledger publishes its own built-in bundle
 * but leaves activation to a governance admin: changing the policy in force is a decision.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BuiltinPolicy implements ApplicationRunner {

    static final Caller SYSTEM = Caller.system("system");
    private static final Logger log = LoggerFactory.getLogger(BuiltinPolicy.class);

    private final PolicyBundles bundles;
    private final PolicyQueries queries;
    private final LedgerLocks locks;

    BuiltinPolicy(PolicyBundles bundles, PolicyQueries queries, LedgerLocks locks) {
        this.bundles = bundles;
        this.queries = queries;
        this.locks = locks;
    }

    /** Instances starting together take turns: the first publishes (and activates), the others find it done. */
    @Override
    public void run(ApplicationArguments args) {
        locks.inTransactionHolding("ledger.builtin-policy", () -> {
            publishBuiltin();
            return null;
        });
        bundles.active()
                .ifPresentOrElse(
                        a -> log.info("active policy revision: {}", a.revision()),
                        () -> log.warn("no active policy: every decision will be denied"));
    }

    private void publishBuiltin() {
        PolicyBundle builtin = PolicyBundle.builtin();
        boolean first = queries.bundles().isEmpty();
        if (queries.bundle(builtin.revision()).isEmpty()) {
            bundles.publish(builtin.bytes(), "built-in policy of this ledger version", SYSTEM);
            log.info("published the built-in policy bundle {}", builtin.revision());
        }
        if (first) {
            bundles.activate(builtin.revision(), SYSTEM);
            log.info("activated the built-in policy bundle {}", builtin.revision());
        }
    }
}
