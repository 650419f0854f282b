package org.imagingledger.policies.wasm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEngine;
import org.imagingledger.policies.PolicyEvaluationException;
import org.imagingledger.policies.PolicyResult;

/**
 * The in-process engine: each bundle revision's Wasm module runs in a small pool of instances
 * (an OPA Wasm instance is single-threaded), compiled to JVM bytecode by Chicory. One pool
 * serves all the module's entry points (the decision and the purpose check), chosen by name.
 */
public final class WasmPolicyEngine implements PolicyEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, InstancePool> pools = new ConcurrentHashMap<>();
    private final int instancesPerRevision;
    private final Duration borrowTimeout;

    public WasmPolicyEngine(int instancesPerRevision, Duration borrowTimeout) {
        this.instancesPerRevision = instancesPerRevision;
        this.borrowTimeout = borrowTimeout;
    }

    @Override
    public String name() {
        return "wasm";
    }

    @Override
    public PolicyResult evaluate(PolicyBundle bundle, String entrypoint, String input)
            throws PolicyEvaluationException {
        PolicyEngine.requireEntrypoint(bundle, entrypoint);
        requireObject(input);
        InstancePool pool = pools.computeIfAbsent(
                bundle.sha256(), sha -> new InstancePool(bundle, instancesPerRevision, borrowTimeout));
        String output = pool.evaluate(entrypoint, input);
        try {
            JsonNode results = JSON.readTree(output);
            // Wasm answers [{"result": …}] for a defined entry point and [] for an undefined one.
            if (!results.isArray() || results.isEmpty() || !results.get(0).has("result")) {
                throw new PolicyEvaluationException("the policy's decision is undefined for this input");
            }
            return PolicyResult.checked(bundle.revision(), results.get(0).get("result"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PolicyEvaluationException("the Wasm module returned malformed JSON", e);
        }
    }

    /**
     * The Wasm module reads malformed JSON as an undefined input and still decides; an OPA
     * server refuses it. Refusing it here keeps the two engines alike.
     */
    private static void requireObject(String input) throws PolicyEvaluationException {
        try {
            if (input == null || !JSON.readTree(input).isObject()) {
                throw new PolicyEvaluationException("the input is not a JSON object");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PolicyEvaluationException("the input is not valid JSON", e);
        }
    }

    /** Drops the instances of a revision nobody evaluates any more (e.g. after an impact run). */
    public void forget(PolicyBundle bundle) {
        InstancePool pool = pools.remove(bundle.sha256());
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public void close() {
        pools.values().forEach(InstancePool::close);
        pools.clear();
    }
}
