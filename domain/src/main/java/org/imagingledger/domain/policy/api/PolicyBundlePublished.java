package org.imagingledger.domain.policy.api;

import java.time.Instant;

public record PolicyBundlePublished(
        String revision, String sha256, long sizeBytes, String note, String actor, Instant at) {}
