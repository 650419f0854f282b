package org.imagingledger.domain.access.api;

import java.time.Instant;
import java.util.List;

/** The review panel (replacing any earlier one) and the number of votes a decision needs. */
public record ReviewersAssigned(String requestId, List<String> reviewers, int quorum, String actor, Instant at) {}
