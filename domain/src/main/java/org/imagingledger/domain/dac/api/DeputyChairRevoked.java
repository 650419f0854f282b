package org.imagingledger.domain.dac.api;

import java.time.Instant;

public record DeputyChairRevoked(String appointmentId, String person, String reason, String actor, Instant at) {}
