package org.imagingledger.policies;

/**
 * Evaluates the entry points of a policy bundle: the access decision and the purpose check at
 * review. Implementations are thread-safe. They never decide themselves: any failure is a
 * {@link PolicyEvaluationException}, which the caller turns into a recorded deny.
 */
public interface PolicyEngine extends AutoCloseable {

    /** The entry point every ledger bundle provides: the access decision. */
    String ENTRYPOINT = "imagingledger/access/decision";

    /**
     * The purpose check at review (a requested purpose and operations against one dataset's
     * data-use conditions, without permit, consent or principal). The built-in bundle provides
     * it; a bundle built without it fails closed on {@link #evaluatePurpose}.
     */
    String PURPOSE_CHECK_ENTRYPOINT = "imagingledger/access/purpose_check";

    /** A short name recorded with every decision: {@code wasm} or {@code opa-server}. */
    String name();

    /**
     * The access decision ({@link #ENTRYPOINT}).
     *
     * @param bundle the bundle whose revision must make the decision
     * @param input  the exact input document (JSON text) given to the policy
     */
    default PolicyResult evaluate(PolicyBundle bundle, String input) throws PolicyEvaluationException {
        return evaluate(bundle, ENTRYPOINT, input);
    }

    /**
     * The purpose check at review ({@link #PURPOSE_CHECK_ENTRYPOINT}); input and result:
     * policies/POLICY-INPUT.md. Fails closed like a decision.
     *
     * @param bundle the bundle whose revision must answer
     * @param input  the exact input document (JSON text) given to the policy
     */
    default PolicyResult evaluatePurpose(PolicyBundle bundle, String input) throws PolicyEvaluationException {
        return evaluate(bundle, PURPOSE_CHECK_ENTRYPOINT, input);
    }

    /**
     * Evaluates one entry point of the bundle, selected by name. A bundle not built with that
     * entry point is a {@link PolicyEvaluationException}, as is a result that is undefined or
     * lacks {@code allow}, {@code reasons} or {@code obligations}.
     *
     * @param bundle     the bundle whose revision must answer
     * @param entrypoint the entry point's path, e.g. {@link #ENTRYPOINT}
     * @param input      the exact input document (JSON text) given to the policy
     */
    PolicyResult evaluate(PolicyBundle bundle, String entrypoint, String input) throws PolicyEvaluationException;

    /** Refuses an entry point the bundle was not built with (and a malformed name). */
    static void requireEntrypoint(PolicyBundle bundle, String entrypoint) throws PolicyEvaluationException {
        if (entrypoint == null || !entrypoint.matches("[A-Za-z0-9_]+(/[A-Za-z0-9_]+)*")) {
            throw new PolicyEvaluationException("'" + entrypoint + "' is not an entry point path");
        }
        if (!bundle.entrypoints().contains(entrypoint)) {
            throw new PolicyEvaluationException(
                    "the bundle " + bundle.revision() + " was not built with the entry point " + entrypoint);
        }
    }

    @Override
    void close();
}
