package org.imagingledger.domain.access.api;

/**
 * The result of a purpose check for one dataset: the active policy allows the requested purpose
 * and operations on the dataset's data-use conditions, denies them (with reasons), or could not
 * be evaluated (no active policy, a policy without the purpose-check entry point, an engine
 * failure). Only COMPATIBLE lets the dataset into a permit without an override.
 */
public enum PurposeCheckOutcome {
    COMPATIBLE,
    NOT_COMPATIBLE,
    NOT_EVALUATED;

    public boolean allows() {
        return this == COMPATIBLE;
    }
}
