package org.imagingledger.domain.consent;

import java.util.List;

/** The aggregate types of the consent feature. */
public final class Consents {

    private Consents() {}

    public static List<Class<?>> aggregateTypes() {
        return List.of(Consent.class);
    }
}
