package org.imagingledger.domain.dac.api;

import java.time.Instant;

/** From now on the person may act as a DAC chair. */
public record DeputyChairGranted(String appointmentId, String person, String actor, Instant at) {}
