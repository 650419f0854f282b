package org.imagingledger.domain.policy.api;

import java.time.Instant;

/** {@code previousRevision} is the revision it replaced, null for the first activation. */
public record PolicyBundleActivated(String revision, String previousRevision, String actor, Instant at) {}
