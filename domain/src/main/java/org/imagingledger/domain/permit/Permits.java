package org.imagingledger.domain.permit;

import java.util.List;

/** The aggregate types of the permit feature (permits and the data uses reported under them). */
public final class Permits {

    private Permits() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(Permit.class);
    }
}
