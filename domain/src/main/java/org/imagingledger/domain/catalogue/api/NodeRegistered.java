package org.imagingledger.domain.catalogue.api;

import java.time.Instant;

public record NodeRegistered(
        String nodeId, String name, String country, String tokenSha256, String actor, Instant at) {}
