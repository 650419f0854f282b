package org.imagingledger.domain.dac;

import java.util.List;

/** The aggregate types of the DAC's roles, for the application to register with Axon. */
public final class DeputyChairs {

    private DeputyChairs() {}

    /** The stream of a person's deputy appointments: one per person, never the person's id alone. */
    public static String appointmentId(String person) {
        return "deputy-chair:" + person;
    }

    public static List<Class<?>> aggregateTypes() {
        return List.of(DeputyAppointment.class);
    }
}
