package org.imagingledger.domain.access;

import java.util.List;

/** The aggregate types of the access feature, for the application to register with Axon. */
public final class AccessRequests {

    private AccessRequests() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(AccessRequest.class);
    }
}
