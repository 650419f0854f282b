package org.imagingledger.domain.access.api;

import java.time.Instant;

/** Opens a new request as a draft; the actor becomes its applicant. */
public record DraftAccessRequest(String requestId, RequestContent content, String actor, Instant at) {}
