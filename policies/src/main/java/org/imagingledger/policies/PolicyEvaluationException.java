package org.imagingledger.policies;

/** The engine could not produce a well-formed decision: the caller must deny. */
public class PolicyEvaluationException extends Exception {

    public PolicyEvaluationException(String message) {
        super(message);
    }

    public PolicyEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
