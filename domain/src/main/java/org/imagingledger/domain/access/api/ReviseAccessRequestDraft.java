package org.imagingledger.domain.access.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the content of a draft, or of a request returned for changes. */
public record ReviseAccessRequestDraft(
        @TargetAggregateIdentifier String requestId, RequestContent content, String actor, Instant at) {}
