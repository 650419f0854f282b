package org.imagingledger.domain.access.api;

import java.time.Instant;

public record ReviewVoteCast(
        String requestId, String reviewer, ReviewVote vote, String comment, String actor, Instant at) {}
