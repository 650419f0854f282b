package org.imagingledger.domain.policy;

import java.util.List;

/** The aggregate types of policy versions, for the application to register with Axon. */
public final class Policies {

    private Policies() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(PolicyRevision.class);
    }
}
