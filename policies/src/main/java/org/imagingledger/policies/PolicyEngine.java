package org.imagingledger.policies;

/**
 * Evaluates the access decision of a policy bundle. Implementations are thread-safe.
 * They never decide themselves: any failure is a {@link PolicyEvaluationException}, which the
 * caller turns into a recorded deny.
 */
public interface PolicyEngine extends AutoCloseable {

    /** The entry point every ledger bundle provides. */
    String ENTRYPOINT = "imagingledger/access/decision";

    /** A short name recorded with every decision: {@code wasm} or {@code opa-server}. */
    String name();

    /**
     * @param bundle the bundle whose revision must make the decision
     * @param input  the exact input document (JSON text) given to the policy
     */
    PolicyResult evaluate(PolicyBundle bundle, String input) throws PolicyEvaluationException;

    @Override
    void close();
}
