package org.imagingledger.application.catalogue;

import org.imagingledger.application.shared.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's node tokens are published in the README: once the ledger runs without the demo,
 * each is revoked (recorded as an event), so that a database that began as a demonstration
 * does not keep doors anyone can open.
 */
@Component
@Order(0)
class DemoTokens implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTokens.class);

    private final NodeCredentials credentials;
    private final CatalogueService catalogue;
    private final boolean demo;

    DemoTokens(
            NodeCredentials credentials,
            CatalogueService catalogue,
            @Value("${ledger.demo.enabled:false}") boolean demo) {
        this.credentials = credentials;
        this.catalogue = catalogue;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        for (String node : credentials.demoNodes()) {
            catalogue.revokeToken(node, "a demonstration token is not valid outside the demo", Caller.system("system"));
            log.warn("revoked the demonstration token of node {}: rotate it to issue a real one", node);
        }
    }
}
