package org.imagingledger.application.policy;

import java.net.URI;
import java.time.Duration;
import org.imagingledger.policies.PolicyEngine;
import org.imagingledger.policies.server.OpaServerEngine;
import org.imagingledger.policies.wasm.WasmPolicyEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine that answers nodes ({@code ledger.policy.engine}: {@code wasm}, the default, or
 * {@code opa-server} at {@code ledger.policy.opa-url}), and the in-process engine, which
 * replays and impact analyses always use because it can load any published revision.
 */
@Component
public class Engines implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Engines.class);

    private final WasmPolicyEngine inProcess;
    private final PolicyEngine live;

    Engines(
            @Value("${ledger.policy.engine:wasm}") String engine,
            @Value("${ledger.policy.opa-url:http://127.0.0.1:8181}") URI opaUrl,
            @Value("${ledger.policy.timeout:PT1S}") Duration timeout,
            @Value("${ledger.policy.wasm-instances:4}") int instances) {
        this.inProcess = new WasmPolicyEngine(instances, timeout);
        this.live = switch (engine) {
            case "wasm" -> inProcess;
            case "opa-server" -> new OpaServerEngine(opaUrl, timeout);
            default ->
                throw new IllegalStateException(
                        "ledger.policy.engine must be 'wasm' or 'opa-server', not '" + engine + "'");
        };
        log.info("policy decisions answered by the {} engine{}", live.name(), live == inProcess ? "" : " at " + opaUrl);
    }

    public PolicyEngine live() {
        return live;
    }

    public WasmPolicyEngine inProcess() {
        return inProcess;
    }

    @Override
    public void close() {
        live.close();
        inProcess.close();
    }
}
