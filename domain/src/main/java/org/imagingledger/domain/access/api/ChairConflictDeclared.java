package org.imagingledger.domain.access.api;

import java.time.Instant;

/** From now on this chair may not decide, return, extend or otherwise chair the request. */
public record ChairConflictDeclared(String requestId, String chair, String comment, String actor, Instant at) {}
