package org.imagingledger.domain.catalogue;

import java.util.List;

/** The aggregate types of the catalogue, for the application to register with Axon. */
public final class Catalogue {

    private Catalogue() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(Node.class, Dataset.class);
    }
}
