package org.imagingledger.policies.wasm;

import com.styra.opa.wasm.OpaPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.imagingledger.policies.PolicyBundle;
import org.imagingledger.policies.PolicyEvaluationException;

/**
 * Instances of one bundle's module, created on demand up to a limit. Borrowing waits at most
 * the timeout, so an overloaded engine fails closed instead of queueing without bound; an
 * instance that threw is discarded, never reused in an unknown state. Every instance serves
 * every entry point of the module: each evaluation selects its entry point by name, through
 * the name-to-number table the module itself exports (its numbering follows the order of the
 * {@code -e} flags at build time, which the engine never assumes).
 */
final class InstancePool implements AutoCloseable {

    private final PolicyBundle bundle;
    private final BlockingQueue<OpaPolicy> idle;
    private final AtomicInteger created = new AtomicInteger();
    private final int max;
    private final Duration timeout;
    private volatile boolean closed;
    /** The module's entry points, name to number (read from the first instance made). */
    private volatile Map<String, Integer> entrypoints;

    InstancePool(PolicyBundle bundle, int max, Duration timeout) {
        this.bundle = bundle;
        this.max = max;
        this.timeout = timeout;
        this.idle = new ArrayBlockingQueue<>(max);
    }

    String evaluate(String entrypoint, String input) throws PolicyEvaluationException {
        OpaPolicy policy = borrow();
        boolean healthy = false;
        try {
            Integer number = entrypoints.get(entrypoint);
            if (number == null) {
                healthy = true; // the instance was not touched
                throw new PolicyEvaluationException("the bundle's Wasm module has no entry point " + entrypoint
                        + " (it has " + entrypoints.keySet() + ")");
            }
            policy.entrypoint(number);
            String output = policy.evaluate(input);
            healthy = true;
            return output;
        } catch (RuntimeException e) {
            throw new PolicyEvaluationException("the Wasm module failed: " + e.getMessage(), e);
        } finally {
            if (healthy && !closed) {
                idle.offer(policy);
            } else {
                created.decrementAndGet();
            }
        }
    }

    private OpaPolicy borrow() throws PolicyEvaluationException {
        OpaPolicy policy = idle.poll();
        if (policy != null) {
            return policy;
        }
        if (created.incrementAndGet() <= max) {
            try {
                return create();
            } catch (RuntimeException e) {
                created.decrementAndGet();
                throw new PolicyEvaluationException("the Wasm module cannot be loaded: " + e.getMessage(), e);
            }
        }
        created.decrementAndGet();
        try {
            policy = idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyEvaluationException("interrupted while waiting for a policy instance", e);
        }
        if (policy == null) {
            throw new PolicyEvaluationException("no policy instance became free within " + timeout.toMillis() + " ms");
        }
        return policy;
    }

    private OpaPolicy create() {
        OpaPolicy policy = OpaPolicy.builder().withPolicy(bundle.wasm()).build();
        policy.data(bundle.data());
        if (entrypoints == null) {
            entrypoints = Map.copyOf(policy.entrypoints());
        }
        return policy;
    }

    @Override
    public void close() {
        closed = true;
        idle.clear();
    }
}
