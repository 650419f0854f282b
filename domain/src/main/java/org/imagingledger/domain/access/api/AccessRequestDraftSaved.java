package org.imagingledger.domain.access.api;

import java.time.Instant;

/** A draft was created or its content replaced (also while returned for changes). */
public record AccessRequestDraftSaved(
        String requestId, String applicant, RequestContent content, String actor, Instant at) {}
