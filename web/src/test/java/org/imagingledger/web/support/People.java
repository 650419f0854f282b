package org.imagingledger.web.support;

import org.imagingledger.application.shared.Caller;

/** Callers for tests that drive the application services directly (to set up state quickly). */
public final class People {

    private People() {}

    /** A person acting under their name; the services check roles only where the rule names one. */
    public static Caller as(String name) {
        return Caller.person(name);
    }

    public static Caller node(String nodeId) {
        return Caller.node(nodeId);
    }
}
