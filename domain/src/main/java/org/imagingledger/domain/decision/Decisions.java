package org.imagingledger.domain.decision;

/** Where decisions live in the event store: one single-event stream per decision id. */
public final class Decisions {

    public static final String AGGREGATE_TYPE = "Decision";

    private Decisions() {}
}
