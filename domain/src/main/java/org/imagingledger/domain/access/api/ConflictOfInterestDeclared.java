package org.imagingledger.domain.access.api;

import java.time.Instant;

public record ConflictOfInterestDeclared(String requestId, String reviewer, String comment, String actor, Instant at) {}
